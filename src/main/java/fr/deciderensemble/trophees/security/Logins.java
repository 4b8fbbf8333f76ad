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
        return Login.signedIn(new SignedIn(found.get().getEmail(), Set.of(found.get().getRole().name())));
    }
}
