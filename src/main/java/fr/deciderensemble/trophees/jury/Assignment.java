package fr.deciderensemble.trophees.jury;

import java.time.OffsetDateTime;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.candidacy.Dossier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;

/** A dossier given to a juror, and the stars the juror proposes for it. */
@Entity
@NamedQuery(name = "Assignment.ofJuror", query = "select a from Assignment a where a.juror = :juror"
        + " order by a.dossier.edition.year desc, a.dossier.id")
@NamedQuery(name = "Assignment.ofDossier", query = "select a from Assignment a where a.dossier = :dossier"
        + " order by a.juror.displayName")
@NamedQuery(name = "Assignment.ofEdition", query = "select a from Assignment a join fetch a.juror j"
        + " join fetch a.dossier d where d.edition = :edition order by d.id, j.displayName")
public class Assignment {

    static final int MAX_COMMENT = 5000;

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "juror_id")
    private Account juror;

    @Column(name = "proposed_stars")
    private Integer proposedStars;

    @Column(length = MAX_COMMENT)
    private String comment;

    @Column(name = "proposed_at")
    private OffsetDateTime proposedAt;

    protected Assignment() {
    }

    Assignment(Dossier dossier, Account juror) {
        this.dossier = dossier;
        this.juror = juror;
    }

    void propose(int stars, String comment) {
        this.proposedStars = stars;
        this.comment = comment;
        this.proposedAt = OffsetDateTime.now();
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

    public Integer getProposedStars() {
        return proposedStars;
    }

    public String getComment() {
        return comment;
    }

    public boolean isProposed() {
        return proposedAt != null;
    }
}
