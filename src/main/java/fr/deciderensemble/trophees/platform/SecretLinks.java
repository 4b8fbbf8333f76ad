package fr.deciderensemble.trophees.platform;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The tokens of links mailed to one person (a password reset, an invitation): 256 random bits, of which only the
 * SHA-256 is stored, so that a copy of the database opens nothing.
 */
public final class SecretLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longer than any token issued: a longer one is refused unread. */
    public static final int MAX_TOKEN = 100;

    private SecretLinks() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a token, and looked up when it comes back. */
    public static String hash(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether a token that came back could be one of ours at all. */
    public static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= MAX_TOKEN;
    }
}
