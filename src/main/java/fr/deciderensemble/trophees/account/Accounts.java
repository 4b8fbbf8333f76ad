package fr.deciderensemble.trophees.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import fr.deciderensemble.trophees.notification.EmailAddress;
import fr.deciderensemble.trophees.notification.Outbox;
import fr.deciderensemble.trophees.platform.Refusal;
import fr.deciderensemble.trophees.platform.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Accounts: candidates register themselves; staff, jurors and the president are created by staff. */
@ApplicationScoped
@Transactional
public class Accounts {

    static final int MAX_NAME = 200;
    /** Long enough for a busy juror to find the mail again; short enough that an old mail opens nothing. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private Outbox outbox;

    /** The account of an address, typed in any case; none for what is no address. */
    public Optional<Account> byEmail(String email) {
        return EmailAddress.parse(email).flatMap(address -> em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", address.address()).getResultStream().findFirst());
    }

    /**
     * The confirmed account these credentials open, if any. The hash is checked outside any transaction: a login
     * waiting for its turn to hash ({@link Passwords}) must not hold a database connection meanwhile.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Account> authenticate(String email, String password) {
        Optional<Account> account = byEmail(email);
        boolean matches = passwords.verify(password, account.map(Account::getPasswordHash).orElse(null));
        return account.filter(found -> matches && found.isConfirmed());
    }

    /** The account of a logged-in caller; the identity store only knows existing accounts. */
    public Account current(String callerName) {
        return byEmail(callerName).orElseThrow(() -> new Refusal(403, "error.forbidden"));
    }

    /** The accounts holding any of these roles, by name. */
    public List<Account> withRole(Role... roles) {
        return em.createNamedQuery("Account.withRole", Account.class).setParameter("roles", List.of(roles))
                .getResultList();
    }

    public Account find(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw Refusal.notFound();
        }
        return account;
    }

    /** A candidate's own registration: the account can log in once the e-mailed link is followed. */
    public Account register(String email, String password, String displayName, String confirmationBaseUrl) {
        Account account = newAccount(email, password, displayName, Role.CANDIDATE);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        account.awaitConfirmation(token);
        em.persist(account);
        outbox.send(account.getEmail(), "mail.confirmation.subject",
                "mail.confirmation.body", account.getDisplayName(), confirmationBaseUrl + token);
        return account;
    }

    /**
     * Follows a confirmation link; false when the link is unknown or already used. An invitation's link confirms
     * nothing here: its owner must choose a password first.
     */
    public boolean confirm(String token) {
        Optional<Account> account = byToken(token).filter(found -> !found.isInvited());
        account.ifPresent(Account::confirm);
        return account.isPresent();
    }

    /**
     * A juror or president invited by staff, or invited again while the first link went unused: the account waits,
     * unable to log in, until its owner chooses a password through the link, valid {@link #INVITATION_VALIDITY}.
     */
    public Invitation invite(String email, String displayName, Role role) {
        Account account = byEmail(email).filter(Account::isInvited)
                .orElseGet(() -> newAccount(email, Base64.getEncoder().encodeToString(randomBytes()), displayName,
                        role));
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        account.awaitInvitation(token, OffsetDateTime.now().plus(INVITATION_VALIDITY));
        if (account.getId() == null) {
            em.persist(account);
        }
        return new Invitation(account, token);
    }

    /** An account created by an invitation and the token its link carries. */
    public record Invitation(Account account, String token) {
    }

    /** The account an invitation's link names, while the link holds. */
    public Optional<Account> invited(String token) {
        OffsetDateTime now = OffsetDateTime.now();
        return byToken(token).filter(account -> account.invitationHoldsAt(now));
    }

    /** The invited juror chooses their password: the account is then like any other. */
    public void acceptInvitation(String token, String password) {
        Account account = invited(token).orElseThrow(() -> new Refusal(410, "account.invitation.expired"));
        account.choosePassword(passwords.hash(password, account.getEmail()));
        account.confirm();
    }

    private Optional<Account> byToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Account.byToken", Account.class).setParameter("token", token).getResultStream()
                .findFirst();
    }

    /** An account that needs no confirmation: staff-created, first administrator, demo accounts. */
    public Account createConfirmed(String email, String password, String displayName, Role role) {
        Account account = newAccount(email, password, displayName, role);
        account.confirm();
        em.persist(account);
        return account;
    }

    private Account newAccount(String email, String password, String displayName, Role role) {
        EmailAddress address = EmailAddress.parse(email).orElseThrow(() -> new Refusal("account.email.invalid"));
        String name = Text.normalise(displayName);
        if (name == null || Text.tooLong(name, MAX_NAME) || Text.hasForbiddenCharacters(name, false)) {
            throw new Refusal("account.name.invalid");
        }
        String hash = passwords.hash(password, address.address());
        if (byEmail(address.address()).isPresent()) {
            throw new Refusal(409, "account.email.taken");
        }
        return new Account(address.address(), hash, name, role);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
