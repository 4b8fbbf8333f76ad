package fr.deciderensemble.trophees.jury;

import java.time.OffsetDateTime;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.platform.TextLimits;
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
 * A juror, or the president, who must not judge a dossier. It outlives the assignment it removes, so that the
 * dossier can never be given back to them and the minutes can list it with its reason.
 */
@Entity
@Table(name = "conflict_of_interest")
@NamedQuery(name = "Conflict.ofEdition", query = "select c from Conflict c join fetch c.juror j join fetch c.dossier d"
        + " where d.edition = :edition order by d.id, j.displayName")
@NamedQuery(name = "Conflict.between", query = "select count(c) from Conflict c"
        + " where c.dossier.id = :dossier and c.juror.id = :juror")
public class Conflict {

    /** Who said so: staff, from what they know, or the juror, on their own list. */
    public enum Source {
        STAFF, JUROR
    }

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "juror_id")
    private Account juror;

    @Enumerated(EnumType.STRING)
    @Column(name = "declared_by", nullable = false)
    private Source declaredBy;

    @Column(nullable = false, length = TextLimits.ITEM)
    private String reason;

    @Column(name = "declared_at", nullable = false)
    private OffsetDateTime declaredAt;

    protected Conflict() {
    }

    Conflict(Dossier dossier, Account juror, Source declaredBy, String reason) {
        this.dossier = dossier;
        this.juror = juror;
        this.declaredBy = declaredBy;
        this.reason = reason;
        this.declaredAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public Account getJuror() {
        return juror;
    }

    public Source getDeclaredBy() {
        return declaredBy;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getDeclaredAt() {
        return declaredAt;
    }
}
