package fr.deciderensemble.trophees.account;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A single-use link mailed to an account's owner. Only the token's SHA-256 is stored: the link itself exists only in
 * the mail. Using it deletes the row; asking again replaces the previous link of the same purpose.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = "AccountToken.byHash", query = "select t from AccountToken t join fetch t.account"
        + " where t.tokenSha256 = :hash and t.purpose = :purpose")
@NamedQuery(name = "AccountToken.clear", query = "delete from AccountToken t"
        + " where t.account = :account and t.purpose = :purpose")
class AccountToken {

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenPurpose purpose;

    @Column(name = "token_sha256", nullable = false, unique = true)
    private String tokenSha256;

    /** The address an {@link TokenPurpose#EMAIL_CHANGE} link confirms. */
    @Column(name = "new_email")
    private String newEmail;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected AccountToken() {
    }

    AccountToken(Account account, TokenPurpose purpose, String tokenSha256, String newEmail, OffsetDateTime now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenSha256 = tokenSha256;
        this.newEmail = newEmail;
        this.expiresAt = now.plus(TokenPurpose.VALIDITY);
    }

    boolean holdsAt(OffsetDateTime now) {
        return now.isBefore(expiresAt);
    }

    Account getAccount() {
        return account;
    }

    String getNewEmail() {
        return newEmail;
    }
}
