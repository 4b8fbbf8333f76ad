package fr.deciderensemble.trophees.account;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id with OWASP's settings (19 MiB of memory, 2 passes, 1 lane), stored as a PHC string
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}): each hash carries its own settings, so that stronger ones
 * can come later while older hashes still open their accounts. About 40 ms of a core here, against 200 ms for
 * PBKDF2 of the same strength. Public for what writes accounts directly: the deadline rush.
 */
public final class Argon2id {

    static final String PREFIX = "$argon2id$";
    private static final int MEMORY_KB = 19_456;
    private static final int PASSES = 2;
    private static final int LANES = 1;
    private static final String SETTINGS = "v=19$m=" + MEMORY_KB + ",t=" + PASSES + ",p=" + LANES;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Argon2id() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX + SETTINGS + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(password, salt, MEMORY_KB, PASSES, LANES, HASH_BYTES));
    }

    /** Whether the password gives this stored hash; a string that is no Argon2id hash of ours matches nothing. */
    static boolean verify(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return false;
        }
        try {
            int memory = setting(parts[3], "m");
            int passes = setting(parts[3], "t");
            int lanes = setting(parts[3], "p");
            byte[] salt = Base64.getDecoder().decode(parts[4]);
            byte[] expected = Base64.getDecoder().decode(parts[5]);
            return MessageDigest.isEqual(expected, derive(password, salt, memory, passes, lanes, expected.length));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Whether a stored hash was made with today's algorithm and settings: otherwise it is renewed at login. */
    static boolean current(String stored) {
        return stored.startsWith(PREFIX + SETTINGS + "$");
    }

    private static int setting(String settings, String name) {
        for (String pair : settings.split(",")) {
            if (pair.startsWith(name + "=")) {
                return Integer.parseInt(pair.substring(name.length() + 1));
            }
        }
        throw new IllegalArgumentException("No " + name + " in " + settings);
    }

    private static byte[] derive(char[] password, byte[] salt, int memory, int passes, int lanes, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(memory).withIterations(passes)
                .withParallelism(lanes).withSalt(salt).build());
        byte[] hash = new byte[length];
        generator.generateBytes(password, hash);
        return hash;
    }
}
