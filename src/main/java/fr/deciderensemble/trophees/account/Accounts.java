package fr.deciderensemble.trophees.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import fr.deciderensemble.trophees.notification.EmailAddress;
import fr.deciderensemble.trophees.notification.Outbox;
import fr.deciderensemble.trophees.notification.Recipient;
import fr.deciderensemble.trophees.platform.Refusal;
import fr.deciderensemble.trophees.platform.SecretLinks;
import fr.deciderensemble.trophees.platform.SiteAddress;
import fr.deciderensemble.trophees.platform.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Accounts: candidates register themselves; staff, jurors and the president are created by staff. Whoever owns an
 * address can get a mailed link to confirm it or choose a new password; no answer tells whether an address has an
 * account.
 */
@ApplicationScoped
@Transactional
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    static final int MAX_NAME = 200;
    /** Long enough for a busy juror to find the mail again; short enough that an old mail opens nothing. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(14);

    @Inject
    private Event<AccountRenamed> renamed;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private HashRenewal renewal;

    @Inject
    private Outbox outbox;

    /** Where the mailed links point. */
    @Inject
    private SiteAddress site;

    /** The account of an address, typed in any case; none for what is no address. */
    public Optional<Account> byEmail(String email) {
        return EmailAddress.parse(email).flatMap(address -> em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", address.address()).getResultStream().findFirst());
    }

    /**
     * The confirmed account these credentials open, if any; a hash of an earlier release is renewed. The hash is
     * checked outside any transaction: a login waiting for its turn to hash ({@link Passwords}) must not hold a
     * database connection meanwhile.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Account> authenticate(String email, String password) {
        Optional<Account> account = byEmail(email);
        boolean matches = passwords.verify(password, account.map(Account::getPasswordHash).orElse(null));
        Optional<Account> opened = account.filter(found -> matches && found.isConfirmed());
        opened.filter(found -> passwords.outdated(found.getPasswordHash())).ifPresent(found -> renew(found, password));
        return opened;
    }

    /** Best effort: the password was right, so a renewal that fails (busy, database hiccup) waits for the next login. */
    private void renew(Account account, String password) {
        try {
            renewal.store(account.getId(), account.getPasswordHash(), passwords.renewed(password));
        } catch (RuntimeException notNow) {
            LOG.log(Level.WARNING, "Password hash of account {0} not renewed: {1}",
                    new Object[] {account.getId(), notNow.toString()});
        }
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

    /** Read on every request of a session: one select by key, without a transaction of its own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> withId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Account find(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw Refusal.notFound();
        }
        return account;
    }

    /**
     * A candidate's own registration: the account can log in once the e-mailed link is followed. An address that
     * already has an account is answered like a new one and its owner is told by mail instead, so that the form
     * reveals nobody's account; the password is hashed either way, so that both answers take as long.
     */
    public void register(String email, String password, String displayName, Language language) {
        Account account = newAccount(email, password, displayName, Role.CANDIDATE);
        Optional<Account> existing = byEmail(account.getEmail());
        if (existing.isPresent() && !existing.get().isConfirmed() && !existing.get().isInvited()) {
            // Registering again, most likely because the first mail never came: a new link is what helps.
            resendConfirmation(account.getEmail());
            return;
        }
        if (existing.isPresent()) {
            outbox.send(existing.get().recipient(), "mail.alreadyRegistered.subject", "mail.alreadyRegistered.body",
                    existing.get().getDisplayName(), site.of("/connexion.xhtml"), site.of("/mot-de-passe.xhtml"));
            return;
        }
        account.speak(language);
        account.awaitConfirmation(SecretLinks.newToken());
        em.persist(account);
        sendConfirmation(account, account.confirmationToken());
    }

    /**
     * Mails a new confirmation link to an account that never confirmed its address; any other address gets nothing,
     * and the caller cannot tell which.
     */
    public void resendConfirmation(String email) {
        byEmail(email).filter(account -> !account.isConfirmed() && !account.isInvited())
                .ifPresent(account -> sendConfirmation(account, issue(account, TokenPurpose.CONFIRMATION, null)));
    }

    private void sendConfirmation(Account account, String token) {
        outbox.send(account.recipient(), "mail.confirmation.subject", "mail.confirmation.body",
                account.getDisplayName(), site.of("/confirmation.xhtml?jeton=" + token));
    }

    /** What a followed link confirmed. */
    public enum Confirmed {
        ACCOUNT, NEW_ADDRESS, NOTHING
    }

    /**
     * Follows a confirmation link: the registration's, one sent again, or a new address's; unknown, used and expired
     * links confirm nothing. An invitation's link confirms nothing here: its owner must choose a password first.
     */
    public Confirmed confirm(String token) {
        Optional<Account> registered = byToken(token).filter(found -> !found.isInvited());
        if (registered.isPresent()) {
            registered.get().confirm();
            return Confirmed.ACCOUNT;
        }
        Optional<AccountToken> resent = redeem(token, TokenPurpose.CONFIRMATION);
        if (resent.isPresent()) {
            resent.get().getAccount().confirm();
            return Confirmed.ACCOUNT;
        }
        return redeem(token, TokenPurpose.EMAIL_CHANGE).map(this::moveAddress).orElse(Confirmed.NOTHING);
    }

    private Confirmed moveAddress(AccountToken link) {
        Account account = link.getAccount();
        if (byEmail(link.getNewEmail()).isPresent()) {
            return Confirmed.NOTHING;
        }
        String previous = account.getEmail();
        account.moveTo(link.getNewEmail());
        outbox.send(new Recipient(previous, account.getLanguage().locale()), "mail.emailChanged.subject",
                "mail.emailChanged.body", account.getDisplayName(), link.getNewEmail());
        return Confirmed.NEW_ADDRESS;
    }

    /** Mails a password reset link to the address's account, if it has one; the caller cannot tell. */
    public void requestPasswordReset(String email) {
        byEmail(email).filter(account -> !account.isInvited()).ifPresent(account -> outbox.send(account.recipient(),
                "mail.reset.subject", "mail.reset.body", account.getDisplayName(),
                site.of("/nouveau-mot-de-passe.xhtml?jeton=" + issue(account, TokenPurpose.PASSWORD_RESET, null)),
                TokenPurpose.VALIDITY.toMinutes()));
    }

    /** Whether a password reset link still works, for its page to say so before anything is typed. */
    public boolean resetHolds(String token) {
        return find(token, TokenPurpose.PASSWORD_RESET).filter(link -> link.holdsAt(OffsetDateTime.now())).isPresent();
    }

    /**
     * Sets the password a reset link allows, once. Following the link proves the address, so an account that never
     * confirmed it is confirmed too.
     */
    public void resetPassword(String token, String password) {
        AccountToken link = redeem(token, TokenPurpose.PASSWORD_RESET)
                .orElseThrow(() -> new Refusal(410, "account.link.expired"));
        Account account = link.getAccount();
        account.choosePassword(passwords.hash(password, account.getEmail()));
        if (!account.isConfirmed()) {
            account.confirm();
        }
    }

    /** The name others see: the structure or the contact. */
    public void rename(Account who, String displayName) {
        Account account = mine(who);
        String name = validName(displayName);
        if (!name.equals(account.getDisplayName())) {
            account.rename(name);
            renamed.fire(new AccountRenamed(account.getId(), name));
        }
    }

    /**
     * A juror's name as staff write it on the edition's jury list, which the booklet prints: the account takes it,
     * so that pages, mails and minutes name the juror as the booklet does. A name the account cannot hold (too long)
     * leaves it as it is.
     */
    public void nameAsListed(Account juror, String listed) {
        String name = Text.normalise(listed);
        if (isValidName(name)) {
            find(juror.getId()).rename(name);
        }
    }

    public void speak(Account who, Language language) {
        mine(who).speak(language);
    }

    /** A new password, given the current one: an unattended session must not be enough to take the account. */
    public void changePassword(Account who, String current, String next) {
        Account account = mine(who);
        if (!passwords.verify(current, account.getPasswordHash())) {
            throw new Refusal("account.password.wrong");
        }
        account.choosePassword(passwords.hash(next, account.getEmail()));
    }

    /** Checks the password before an irreversible step the owner asked for, such as deleting the account. */
    public void confirmPassword(Account who, String password) {
        if (!passwords.verify(password, mine(who).getPasswordHash())) {
            throw new Refusal("account.password.wrong");
        }
    }

    /**
     * Deletes a candidate's account, once what refers to it is gone ({@code candidacy.Erasure} sees to it): its
     * tokens and co-editing go with it, its name on what others saved becomes nobody's.
     */
    public void delete(long accountId) {
        Account account = find(accountId);
        if (account.getRole() != Role.CANDIDATE) {
            throw new Refusal(409, "account.delete.candidatesOnly");
        }
        em.remove(account);
    }

    /**
     * A new address is used once its owner follows the link mailed to it; until then the account keeps the old
     * one. The current password is asked for the same reason as for a new password.
     */
    public void requestEmailChange(Account who, String newEmail, String currentPassword) {
        Account account = mine(who);
        if (!passwords.verify(currentPassword, account.getPasswordHash())) {
            throw new Refusal("account.password.wrong");
        }
        EmailAddress address = EmailAddress.parse(newEmail).orElseThrow(() -> new Refusal("account.email.invalid"));
        if (address.address().equals(account.getEmail())) {
            throw new Refusal("account.email.same");
        }
        if (byEmail(address.address()).isPresent()) {
            throw new Refusal(409, "account.email.taken");
        }
        outbox.send(new Recipient(address.address(), account.getLanguage().locale()), "mail.emailChange.subject",
                "mail.emailChange.body", account.getDisplayName(),
                site.of("/confirmation.xhtml?jeton=" + issue(account, TokenPurpose.EMAIL_CHANGE, address.address())),
                TokenPurpose.VALIDITY.toMinutes());
    }

    private Account mine(Account who) {
        return find(who.getId());
    }

    /** A new single-use link of this purpose; the account's previous one of the same purpose stops working. */
    private String issue(Account account, TokenPurpose purpose, String newEmail) {
        em.createNamedQuery("AccountToken.clear").setParameter("account", account).setParameter("purpose", purpose)
                .executeUpdate();
        String token = SecretLinks.newToken();
        em.persist(new AccountToken(account, purpose, SecretLinks.hash(token), newEmail, OffsetDateTime.now()));
        return token;
    }

    /** Whether {@link #confirm} would confirm something with this link; reading it uses nothing up. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean confirmable(String token) {
        OffsetDateTime now = OffsetDateTime.now();
        return byToken(token).filter(found -> !found.isInvited()).isPresent()
                || find(token, TokenPurpose.CONFIRMATION).filter(link -> link.holdsAt(now)).isPresent()
                || find(token, TokenPurpose.EMAIL_CHANGE).filter(link -> link.holdsAt(now)).isPresent();
    }

    /** The link, used up: it works once, and an expired one is cleared on the way. */
    private Optional<AccountToken> redeem(String token, TokenPurpose purpose) {
        Optional<AccountToken> link = find(token, purpose);
        link.ifPresent(em::remove);
        return link.filter(found -> found.holdsAt(OffsetDateTime.now()));
    }

    private Optional<AccountToken> find(String token, TokenPurpose purpose) {
        if (!SecretLinks.plausible(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery("AccountToken.byHash", AccountToken.class).setParameter("hash", SecretLinks.hash(token))
                .setParameter("purpose", purpose).getResultStream().findFirst();
    }

    /**
     * A juror or president invited by staff, or invited again while the first link went unused: the account waits,
     * unable to log in, until its owner chooses a password through the link, valid {@link #INVITATION_VALIDITY}.
     */
    public Invitation invite(String email, String displayName, Role role) {
        Account account = byEmail(email).filter(Account::isInvited)
                .orElseGet(() -> newUnique(email, SecretLinks.newToken(), displayName,
                        role));
        String token = SecretLinks.newToken();
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
        Account account = newUnique(email, password, displayName, role);
        account.confirm();
        em.persist(account);
        return account;
    }

    /**
     * A checked new account, not yet stored: the caller decides what a taken address means. Every problem of the
     * form is told at once, so that one correction is enough.
     */
    private Account newAccount(String email, String password, String displayName, Role role) {
        Optional<EmailAddress> address = EmailAddress.parse(email);
        String name = Text.normalise(displayName);
        List<String> problems = new ArrayList<>();
        if (!isValidName(name)) {
            problems.add("account.name.invalid");
        }
        if (address.isEmpty()) {
            problems.add("account.email.invalid");
        }
        problems.addAll(passwords.problems(password, address.map(EmailAddress::address).orElse(email)));
        if (!problems.isEmpty()) {
            throw new Refusal(400, problems);
        }
        return new Account(address.get().address(), passwords.hash(password, address.get().address()), name, role);
    }

    private Account newUnique(String email, String password, String displayName, Role role) {
        Account account = newAccount(email, password, displayName, role);
        if (byEmail(account.getEmail()).isPresent()) {
            throw new Refusal(409, "account.email.taken");
        }
        return account;
    }

    private static String validName(String displayName) {
        String name = Text.normalise(displayName);
        if (!isValidName(name)) {
            throw new Refusal("account.name.invalid");
        }
        return name;
    }

    private static boolean isValidName(String name) {
        return name != null && !Text.tooLong(name, MAX_NAME) && !Text.hasForbiddenCharacters(name, false);
    }
}
