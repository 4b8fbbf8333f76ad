package fr.deciderensemble.trophees.platform;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of some bytes: the published documents' entity tags, the minutes' recorded hash, the stored form of
 * mailed tokens.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] of(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** In lower-case hexadecimal, as recorded and printed. */
    public static String hex(byte[] content) {
        return HexFormat.of().formatHex(of(content));
    }
}
