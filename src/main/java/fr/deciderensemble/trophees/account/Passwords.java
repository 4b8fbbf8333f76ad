package fr.deciderensemble.trophees.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Password hashing: PBKDF2 with HMAC-SHA512, 210,000 iterations, a 32-byte salt (what OWASP
 * asks of PBKDF2). Each hash costs about 0.2 s of a core, so a crowd logging in at the deadline could take every
 * core from the candidates already saving their dossiers: hashes are computed a few at a time (half the cores),
 * the others wait their turn.
 */
@ApplicationScoped
public class Passwords {

    /** How long a login waits for its turn before it is asked to try again. */
    private static final long MAX_WAIT_SECONDS = 120;

    @Inject
    private Pbkdf2PasswordHash hash;

    @Inject
    private PasswordPolicy policy;

    private final Semaphore hashing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);

    /** A hash of nothing anybody knows, checked for unknown accounts so that they cost what known ones cost. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        decoy = hash.generate(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    /** The hash to store for a new password, which must follow the policy. */
    public String hash(String password, String email) {
        List<String> problems = policy.problems(password, email);
        if (!problems.isEmpty()) {
            throw new Refusal(400, problems);
        }
        return inTurn(() -> hash.generate(password.toCharArray()));
    }

    /**
     * Whether the password matches the stored hash. Without a stored hash (no such account) the same work is done
     * against a decoy, so that the answer's delay does not tell which addresses have an account.
     */
    public boolean verify(String password, String storedHash) {
        char[] typed = (password == null ? "" : password).toCharArray();
        return inTurn(() -> {
            if (storedHash == null) {
                hash.verify(typed, decoy);
                return false;
            }
            return hash.verify(typed, storedHash);
        });
    }

    private <T> T inTurn(Supplier<T> work) {
        boolean acquired = false;
        try {
            acquired = hashing.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
            if (!acquired) {
                throw new Refusal(503, "login.busy");
            }
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refusal(503, "login.busy");
        } finally {
            if (acquired) {
                hashing.release();
            }
        }
    }
}
