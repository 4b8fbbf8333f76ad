package fr.deciderensemble.trophees.candidacy;

import java.time.Duration;
import java.time.OffsetDateTime;

import fr.deciderensemble.trophees.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An invitation to write a dossier, mailed as a link that works once, for seven days: long enough for a colleague
 * back from a week off. Only the token's SHA-256 is kept.
 */
@Entity
@Table(name = "co_editor_invitation")
@NamedQuery(name = "CoEditorInvitation.byHash", query = "select i from CoEditorInvitation i join fetch i.dossier"
        + " join fetch i.invitedBy where i.tokenSha256 = :hash")
@NamedQuery(name = "CoEditorInvitation.ofDossier",
        query = "select i from CoEditorInvitation i where i.dossier = :dossier order by i.expiresAt")
public class CoEditorInvitation {

    static final Duration VALIDITY = Duration.ofDays(7);

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "token_sha256", nullable = false, unique = true, length = 64)
    private String tokenSha256;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "invited_by")
    private Account invitedBy;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected CoEditorInvitation() {
    }

    CoEditorInvitation(Dossier dossier, String email, String tokenSha256, Account invitedBy, OffsetDateTime now) {
        this.dossier = dossier;
        this.email = email;
        this.tokenSha256 = tokenSha256;
        this.invitedBy = invitedBy;
        this.expiresAt = now.plus(VALIDITY);
    }

    /** Whether the link still works at this time. */
    boolean holdsAt(OffsetDateTime now) {
        return now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public String getEmail() {
        return email;
    }

    public Account getInvitedBy() {
        return invitedBy;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
