package fr.deciderensemble.trophees.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Password hashing: Argon2id with OWASP's settings ({@link Argon2id}); hashes stored by earlier releases (PBKDF2 with
 * HMAC-SHA512, 210,000 iterations) still open their accounts and are renewed at the next login. A hash costs a core
 * for about 40 ms, so that a crowd logging in at the deadline does not take the cores from the candidates already
 * saving their dossiers, hashes are computed a few at a time (half the cores), the others wait their turn.
 */
@ApplicationScoped
public class Passwords {

    /** How long a login waits for its turn before it is asked to try again. */
    private static final long MAX_WAIT_SECONDS = 120;

    /** Checks the hashes of earlier releases only: it never makes one. */
    @Inject
    private Pbkdf2PasswordHash earlier;

    @Inject
    private PasswordPolicy policy;

    private final Semaphore hashing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);

    /** A hash of nothing anybody knows, checked for unknown accounts so that they cost what known ones cost. */
    private String decoy;

    @PostConstruct
    void configure() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        decoy = Argon2id.hash(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    /** What the policy finds wrong with a new password for this address: nothing when it may be used. */
    public List<String> problems(String password, String email) {
        return policy.problems(password, email);
    }

    /** The hash to store for a new password, which must follow the policy. */
    public String hash(String password, String email) {
        List<String> problems = problems(password, email);
        if (!problems.isEmpty()) {
            throw new Refusal(400, problems);
        }
        return renewed(password);
    }

    /** Today's hash of a password already in use, known to be right: no policy applies to it. */
    String renewed(String password) {
        return inTurn(() -> Argon2id.hash(password.toCharArray()));
    }

    /** Whether a stored hash was made by an earlier release, or with weaker settings, than today's. */
    boolean outdated(String storedHash) {
        return !Argon2id.current(storedHash);
    }

    /**
     * Whether the password matches the stored hash. Without a stored hash (no such account) the same work is done
     * against a decoy, so that the answer's delay does not tell which addresses have an account.
     */
    public boolean verify(String password, String storedHash) {
        char[] typed = (password == null ? "" : password).toCharArray();
        return inTurn(() -> {
            if (storedHash == null) {
                Argon2id.verify(typed, decoy);
                return false;
            }
            return storedHash.startsWith(Argon2id.PREFIX) ? Argon2id.verify(typed, storedHash)
                    : earlier.verify(typed, storedHash);
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
