package fr.deciderensemble.trophees.account;

import java.time.OffsetDateTime;
import java.util.Locale;

import fr.deciderensemble.trophees.notification.Recipient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

@Entity
@NamedQuery(name = "Account.byEmail", query = "select a from Account a where a.email = :email")
@NamedQuery(name = "Account.byToken", query = "select a from Account a where a.confirmationToken = :token")
@NamedQuery(name = "Account.withRole", query = "select a from Account a where a.role in :roles order by a.displayName")
public class Account {

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    /** One more at each new password, so that the sessions opened with the previous one end. */
    @Column(name = "password_generation", nullable = false)
    private int passwordGeneration;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean confirmed;

    @Column(name = "confirmation_token")
    private String confirmationToken;

    /** When an invitation's link stops working; null for a candidate's confirmation link, which does not expire. */
    @Column(name = "token_expires_at")
    private OffsetDateTime tokenExpiresAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** "fr" or "en": the language of the account's pages once logged in, and of its mails. */
    @Column(nullable = false, length = 2)
    private String language = Language.FRENCH.code();

    protected Account() {
    }

    Account(String email, String passwordHash, String displayName, Role role) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.createdAt = OffsetDateTime.now();
    }

    void awaitConfirmation(String token) {
        this.confirmed = false;
        this.confirmationToken = token;
    }

    void awaitInvitation(String token, OffsetDateTime expiresAt) {
        awaitConfirmation(token);
        this.tokenExpiresAt = expiresAt;
    }

    void confirm() {
        this.confirmed = true;
        this.confirmationToken = null;
        this.tokenExpiresAt = null;
    }

    void rename(String name) {
        this.displayName = name;
    }

    void speak(Language chosen) {
        this.language = chosen.code();
    }

    void moveTo(String address) {
        this.email = address;
    }

    void choosePassword(String hash) {
        this.passwordHash = hash;
        passwordGeneration++;
    }

    /** The same password hashed as today's release does: the sessions opened with it go on. */
    void renewHash(String hash) {
        this.passwordHash = hash;
    }

    String confirmationToken() {
        return confirmationToken;
    }

    /** Whether its token is an invitation's, as opposed to a candidate's confirmation. */
    boolean isInvited() {
        return !confirmed && tokenExpiresAt != null;
    }

    boolean invitationHoldsAt(OffsetDateTime now) {
        return isInvited() && now.isBefore(tokenExpiresAt);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public int getPasswordGeneration() {
        return passwordGeneration;
    }

    public Language getLanguage() {
        return Language.of(language);
    }

    /** Where and in which language its mails go. */
    public Recipient recipient() {
        return new Recipient(email, getLanguage().locale());
    }

    public Role getRole() {
        return role;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
