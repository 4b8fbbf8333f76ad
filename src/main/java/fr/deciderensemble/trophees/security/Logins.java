package fr.deciderensemble.trophees.security;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

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
        Optional<Account> found;
        try {
            found = accounts.authenticate(email, password);
        } catch (Refusal | PersistenceException busyOrDatabaseDown) {
            return Login.busy();
        }
        if (found.isEmpty()) {
            throttle.failed(account, clientAddress);
            return Login.refused();
        }
        throttle.succeeded(account);
        return Login.signedIn(signedIn(found.get()));
    }

    /**
     * A session's caller as the account now stands: a new address or role shows at once, and a deleted account
     * ends the session instead of leaving its pages refused.
     */
    public Optional<SignedIn> current(SignedIn session) {
        try {
            return accounts.withId(session.account()).map(Logins::signedIn);
        } catch (PersistenceException databaseDown) {
            return Optional.of(session); // the page will say the database is down; the session stays
        }
    }

    private static SignedIn signedIn(Account account) {
        return new SignedIn(account.getId(), account.getEmail(), Set.of(account.getRole().name()));
    }
}
