package fr.deciderensemble.trophees.platform;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The SHA-256 of some bytes: the published documents' entity tags and the minutes' recorded hash. */
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
}
