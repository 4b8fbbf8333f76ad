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
        query = "select d from Dossier d join fetch d.edition e where d.candidate = :candidate or exists (select c from"
                + " CoEditor c where c.dossier = d and c.account = :candidate) order by e.year desc, d.id")
@NamedQuery(name = "Dossier.withParties",
        query = "select d from Dossier d join fetch d.edition join fetch d.candidate where d.id = :id")
@NamedQuery(name = "Dossier.ownedBy", query = "select d from Dossier d where d.candidate = :candidate")
@NamedQuery(name = "Dossier.submitted", query = "select d from Dossier d join fetch d.candidate where d.edition = :edition"
        + " and d.status = fr.deciderensemble.trophees.candidacy.DossierStatus.SUBMITTED order by d.id")
@NamedQuery(name = "Dossier.submittedWithAddresses", query = "select d, a.email, c.email from Dossier d join d.candidate a"
        + " left join d.contacts c where d.edition = :edition"
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

    @Column(name = "approach_type", length = 10)
    private String approachType;

    @Column(length = 10)
    private String theme;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "dossier_key_point", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = DossierContent.KEY_POINT)
    private List<String> keyPoints = new ArrayList<>();

    @Column(name = "holder_address")
    private String holderAddress;

    @Column(name = "holder_postcode", length = DossierContent.POSTCODE)
    private String holderPostcode;

    @Column(name = "holder_commune")
    private String holderCommune;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "dossier_department", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    @Column(name = "department")
    private List<String> departments = new ArrayList<>();

    @Column(name = "holder_website")
    private String holderWebsite;

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
    private List<DossierStep> steps = new ArrayList<>();

    @Column(name = "other_actors", length = DossierContent.LONG)
    private String otherActors;

    @Column(length = DossierContent.LONG)
    private String results;

    /* Private to staff and the candidate: the jury's and the public's pages never show them. */
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "dossier_contact", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    private List<DossierContact> contacts = new ArrayList<>();

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

    @Column(name = "saved_at")
    private OffsetDateTime savedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "saved_by")
    private Account savedBy;

    @Version
    private long version;

    protected Dossier() {
    }

    Dossier(Edition edition, Account candidate) {
        this.edition = edition;
        this.candidate = candidate;
    }

    /** Writes the content as this person's save, now: a co-editor whose save is held back is told who and when. */
    void write(DossierContent content, Account editor) {
        savedAt = OffsetDateTime.now();
        savedBy = editor;
        title = content.title();
        approachType = content.approachType();
        theme = content.theme();
        keyPoints = new ArrayList<>(content.keyPoints());
        DossierContent.Holder holder = content.holder();
        holderName = holder.name();
        holderType = holder.type();
        holderAddress = holder.address();
        holderPostcode = holder.postcode();
        holderCommune = holder.commune();
        departments = new ArrayList<>(holder.departments());
        holderWebsite = holder.website();
        approach = content.approach();
        objectives = new ArrayList<>(content.objectives());
        targetAudience = content.targetAudience();
        steps = new ArrayList<>(content.steps().stream().map(DossierStep::new).toList());
        otherActors = content.otherActors();
        results = content.results();
        contacts = new ArrayList<>(content.contacts().stream().map(DossierContact::new).toList());
    }

    public DossierContent content() {
        return new DossierContent(title, approachType, theme, keyPoints,
                new DossierContent.Holder(holderName, holderType, holderAddress, holderPostcode, holderCommune,
                        departments, holderWebsite),
                approach, objectives, targetAudience, steps.stream().map(DossierStep::step).toList(), otherActors,
                results, contacts.stream().map(DossierContact::contact).toList());
    }

    void submit() {
        status = DossierStatus.SUBMITTED;
        submittedAt = OffsetDateTime.now();
    }

    /** Back to a draft its candidate may change, and must submit again before the deadline. */
    void reopen() {
        status = DossierStatus.DRAFT;
        submittedAt = null;
    }

    void withdraw() {
        status = DossierStatus.WITHDRAWN;
        submittedAt = null;
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

    public String getApproachType() {
        return approachType;
    }

    public List<String> getKeyPoints() {
        return keyPoints;
    }

    public String getHolderAddress() {
        return holderAddress;
    }

    public String getHolderPostcode() {
        return holderPostcode;
    }

    public String getHolderCommune() {
        return holderCommune;
    }

    /** Department codes ({@link Department}). */
    public List<String> getDepartments() {
        return departments;
    }

    public String getHolderWebsite() {
        return holderWebsite;
    }

    public String getOtherActors() {
        return otherActors;
    }

    public String getResults() {
        return results;
    }

    public List<DossierContact> getContacts() {
        return contacts;
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

    public List<DossierStep> getSteps() {
        return steps;
    }

    public OffsetDateTime getSavedAt() {
        return savedAt;
    }

    /** Who saved last, if anybody has yet; a candidate's own saves leave their name too. */
    public Account getSavedBy() {
        return savedBy;
    }

    /** Increases with every save: a form that saw an older one was loaded before somebody else's save. */
    public long getVersion() {
        return version;
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
