package fr.deciderensemble.trophees.security;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.notification.EmailAddress;
import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

/** Checks credentials, from the login page or an API request, under the {@link LoginThrottle}. */
@ApplicationScoped
public class Logins {

    /**
     * No refusal answers sooner: a hash of an earlier release (PBKDF2, some 200 ms) would otherwise take longer to
     * refuse than an unknown address (40 ms) and tell which old accounts exist. Waited out of the hashing turn.
     */
    static final Duration REFUSAL_FLOOR = Duration.ofMillis(300);

    @Inject
    private Accounts accounts;

    @Inject
    private LoginThrottle throttle;

    public Login attempt(String email, String password, String clientAddress) {
        String account = EmailAddress.canonical(email);
        Duration wait = throttle.waitFor(account, clientAddress);
        if (!wait.isZero()) {
            return Login.throttled(wait);
        }
        long start = System.nanoTime();
        Optional<Account> found;
        try {
            found = accounts.authenticate(email, password);
        } catch (Refusal | PersistenceException busyOrDatabaseDown) {
            return Login.busy();
        }
        if (found.isEmpty()) {
            throttle.failed(account, clientAddress);
            waitUntil(start + REFUSAL_FLOOR.toNanos());
            return Login.refused();
        }
        throttle.succeeded(account);
        return Login.signedIn(signedIn(found.get()));
    }

    /**
     * A session's caller as the account now stands: a new address or role shows at once; a deleted account, or a
     * new password chosen elsewhere (a reset after a stolen session, say), ends the session.
     */
    public Optional<SignedIn> current(SignedIn session) {
        try {
            return accounts.withId(session.account())
                    .filter(account -> account.getPasswordGeneration() == session.passwordGeneration())
                    .map(Logins::signedIn);
        } catch (RuntimeException databaseDown) {
            return Optional.of(session); // the page will say the database is down; the session stays
        }
    }

    /** The session that chose the new password goes on under it. */
    public Optional<SignedIn> renewed(SignedIn session) {
        return accounts.withId(session.account()).map(Logins::signedIn);
    }

    private static SignedIn signedIn(Account account) {
        return new SignedIn(account.getId(), account.getEmail(), Set.of(account.getRole().name()),
                account.getPasswordGeneration());
    }

    private static void waitUntil(long deadline) {
        long left = deadline - System.nanoTime();
        if (left > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
