package fr.deciderensemble.trophees.jury;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.platform.TextLimits;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

/** A dossier given to a juror, and the juror's score sheet for it: ratings by criterion, and the stars proposed. */
@Entity
@NamedQuery(name = "Assignment.ofJuror", query = "select a from Assignment a join fetch a.dossier d"
        + " join fetch d.edition e where a.juror = :juror order by e.year desc, d.id")
@NamedQuery(name = "Assignment.ofDossier", query = "select a from Assignment a where a.dossier = :dossier"
        + " order by a.juror.displayName")
@NamedQuery(name = "Assignment.sheetsOfEdition", query = "select j.id, j.email, j.language, j.displayName, d.title, a.proposedAt"
        + " from Assignment a join a.juror j join a.dossier d where d.edition = :edition order by d.title")
@NamedQuery(name = "Assignment.ofEdition", query = "select a from Assignment a join fetch a.juror j"
        + " join fetch a.dossier d where d.edition = :edition order by d.id, j.displayName")
public class Assignment {

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

    @Column(length = ScoreSheets.MAX_COMMENT)
    private String comment;

    @Column(name = "proposed_at")
    private OffsetDateTime proposedAt;

    /** The sheet's ratings by criterion id; read for all the rows of a page at once, joined to their query. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "rating", joinColumns = @JoinColumn(name = "assignment_id"))
    @MapKeyColumn(name = "criterion_id")
    @BatchFetch(BatchFetchType.JOIN)
    private Map<Long, Rating> ratings = new HashMap<>();

    @Column(name = "weighted_score")
    private Double weightedScore;

    @Column(name = "override_reason", length = TextLimits.ITEM)
    private String overrideReason;

    @Column(name = "draft_saved_at")
    private OffsetDateTime draftSavedAt;

    /** Two tabs saving the same sheet: the second is told, never silently overwrites the first. */
    @Version
    private long version;

    protected Assignment() {
    }

    Assignment(Dossier dossier, Account juror) {
        this.dossier = dossier;
        this.juror = juror;
    }

    /**
     * Keeps the sheet as it is so far, the stars the juror chose over the score's and why included (until the
     * sheet is submitted, {@code proposedStars} holds that choice, or nothing); the sheet stays a draft.
     */
    void saveDraft(Map<Long, Rating> ratings, String comment, Integer chosenStars, String overrideReason) {
        this.ratings.clear();
        this.ratings.putAll(ratings);
        this.comment = comment;
        this.proposedStars = chosenStars;
        this.overrideReason = overrideReason;
        this.draftSavedAt = OffsetDateTime.now();
    }

    /** Submits the sheet: its weighted score, the stars proposed, and why they differ from the score's, if they do. */
    void submit(Map<Long, Rating> ratings, String comment, double weightedScore, int stars, String overrideReason) {
        saveDraft(ratings, comment, stars, overrideReason);
        this.weightedScore = weightedScore;
        this.proposedAt = draftSavedAt;
    }

    /** The stars the juror chose over the score's: in a draft, as saved; once submitted, only with a reason. */
    public Integer getChosenStars() {
        return isProposed() && overrideReason == null ? null : proposedStars;
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

    public Map<Long, Rating> getRatings() {
        return ratings;
    }

    /** The weighted mean of the ratings, 1 to 4; null for a proposal made before score sheets existed. */
    public Double getWeightedScore() {
        return weightedScore;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public OffsetDateTime getDraftSavedAt() {
        return draftSavedAt;
    }

    public long getVersion() {
        return version;
    }
}
