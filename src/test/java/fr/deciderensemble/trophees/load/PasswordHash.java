package fr.deciderensemble.trophees.load;

import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** A password hash in the form the application stores ({@code Pbkdf2PasswordHash}: algorithm:iterations:salt:hash). */
final class PasswordHash {

    private PasswordHash() {
    }

    static String of(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 32 * 8)).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA512:210000:" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }
}
