package fr.deciderensemble.trophees.account;

import java.util.Map;

import fr.deciderensemble.trophees.platform.Refusal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Hashes passwords the way the identity store verifies them (PBKDF2, salted). */
@ApplicationScoped
public class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
    }

    public String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new Refusal("account.password.length");
        }
        return hash.generate(password.toCharArray());
    }
}
