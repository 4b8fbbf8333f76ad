package fr.deciderensemble.trophees.candidacy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.edition.Edition;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

@Entity
@NamedQuery(name = "Dossier.ofCandidate",
        query = "select d from Dossier d where d.candidate = :candidate order by d.edition.year desc, d.id")
@NamedQuery(name = "Dossier.submitted", query = "select d from Dossier d join fetch d.candidate where d.edition = :edition"
        + " and d.status = fr.deciderensemble.trophees.candidacy.DossierStatus.SUBMITTED order by d.id")
public class Dossier {

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "candidate_id")
    private Account candidate;

    private String title;

    @Column(name = "holder_name")
    private String holderName;

    @Column(name = "holder_type")
    private String holderType;

    @Column(length = 10)
    private String theme;

    private String department;

    @Column(length = DossierContent.LONG)
    private String approach;

    /* The lists are read only by the pages that show them, and then for every dossier of the list in one query. */
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "dossier_objective", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = DossierContent.ITEM)
    private List<String> objectives = new ArrayList<>();

    @Column(name = "target_audience", length = DossierContent.LONG)
    private String targetAudience;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "dossier_step", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = DossierContent.ITEM)
    private List<String> steps = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DossierStatus status = DossierStatus.DRAFT;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Admissibility admissibility = Admissibility.PENDING;

    @Column(name = "admissibility_reason", length = DossierContent.ITEM)
    private String admissibilityReason;

    @Version
    private long version;

    protected Dossier() {
    }

    Dossier(Edition edition, Account candidate) {
        this.edition = edition;
        this.candidate = candidate;
    }

    void write(DossierContent content) {
        title = content.title();
        holderName = content.holderName();
        holderType = content.holderType();
        theme = content.theme();
        department = content.department();
        approach = content.approach();
        objectives = new ArrayList<>(content.objectives());
        targetAudience = content.targetAudience();
        steps = new ArrayList<>(content.steps());
    }

    public DossierContent content() {
        return new DossierContent(title, holderName, holderType, theme, department, approach, objectives,
                targetAudience, steps);
    }

    void submit() {
        status = DossierStatus.SUBMITTED;
        submittedAt = OffsetDateTime.now();
    }

    void judgeAdmissibility(boolean admissible, String reason) {
        admissibility = admissible ? Admissibility.ADMISSIBLE : Admissibility.INADMISSIBLE;
        admissibilityReason = reason;
    }

    public boolean belongsTo(Account account) {
        return candidate.getId().equals(account.getId());
    }

    public Long getId() {
        return id;
    }

    public Edition getEdition() {
        return edition;
    }

    public Account getCandidate() {
        return candidate;
    }

    public String getTitle() {
        return title;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getHolderType() {
        return holderType;
    }

    /** The main theme's code, if the candidate gave one. */
    public String getTheme() {
        return theme;
    }

    public String getDepartment() {
        return department;
    }

    public String getApproach() {
        return approach;
    }

    public List<String> getObjectives() {
        return objectives;
    }

    public String getTargetAudience() {
        return targetAudience;
    }

    public List<String> getSteps() {
        return steps;
    }

    public DossierStatus getStatus() {
        return status;
    }

    public boolean isDraft() {
        return status == DossierStatus.DRAFT;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public Admissibility getAdmissibility() {
        return admissibility;
    }

    public String getAdmissibilityReason() {
        return admissibilityReason;
    }
}
