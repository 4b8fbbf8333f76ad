package fr.deciderensemble.trophees.jury;

import java.time.OffsetDateTime;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.platform.TextLimits;
import jakarta.persistence.Basic;
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
 * The minutes of a locked deliberation as the president approved them: the PDF, its SHA-256, who approved it and
 * when. Voided, never deleted, when staff reopen the deliberation, so that the record of what was approved stays.
 */
@Entity
@Table(name = "deliberation_minutes")
@NamedQuery(name = "SignedMinutes.ofEdition", query = "select m from SignedMinutes m join fetch m.approvedBy"
        + " left join fetch m.voidedBy where m.edition = :edition order by m.approvedAt desc, m.id desc")
@NamedQuery(name = "SignedMinutes.latestOf", query = "select m from SignedMinutes m join fetch m.approvedBy"
        + " join fetch m.edition where m.approvedBy = :president order by m.approvedAt desc, m.id desc")
public class SignedMinutes {

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String sha256;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_by_id")
    private Account approvedBy;

    @Column(name = "approved_at", nullable = false)
    private OffsetDateTime approvedAt;

    @Column(name = "voided_at")
    private OffsetDateTime voidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "voided_by_id")
    private Account voidedBy;

    @Column(name = "void_reason", length = TextLimits.ITEM)
    private String voidReason;

    protected SignedMinutes() {
    }

    SignedMinutes(Edition edition, byte[] content, String sha256, Account approvedBy, OffsetDateTime approvedAt) {
        this.edition = edition;
        this.content = content;
        this.sha256 = sha256;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
    }

    void voidBy(Account staff, String reason) {
        voidedAt = OffsetDateTime.now();
        voidedBy = staff;
        voidReason = reason;
    }

    public boolean isVoided() {
        return voidedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Edition getEdition() {
        return edition;
    }

    byte[] getContent() {
        return content;
    }

    public String getSha256() {
        return sha256;
    }

    public Account getApprovedBy() {
        return approvedBy;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    public OffsetDateTime getVoidedAt() {
        return voidedAt;
    }

    public Account getVoidedBy() {
        return voidedBy;
    }

    public String getVoidReason() {
        return voidReason;
    }
}
