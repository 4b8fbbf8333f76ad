package fr.deciderensemble.trophees.palmares;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.jury.Decision;
import fr.deciderensemble.trophees.jury.Recognition;
import fr.deciderensemble.trophees.media.Logo;
import fr.deciderensemble.trophees.platform.TextLimits;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/**
 * A laureate as the booklet prints it. For an edition run in the application this is staff's edited
 * copy of the dossier, so that polishing the booklet never alters what the candidate submitted.
 */
@Entity
@NamedQuery(name = "Laureate.ofEdition",
        query = "select l from Laureate l where l.edition = :edition order by l.position")
@NamedQuery(name = "Laureate.ofEditionWithDossiers",
        query = "select l from Laureate l left join fetch l.dossier where l.edition = :edition order by l.position")
@NamedQuery(name = "Laureate.ofCandidate",
        query = "select l from Laureate l join fetch l.dossier d where d.candidate = :candidate")
@NamedQuery(name = "Laureate.ofDossier", query = "select l from Laureate l where l.dossier = :dossier")
public class Laureate {

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Recognition recognition;

    @Column(name = "recognition_title", length = TextLimits.SHORT)
    private String recognitionTitle;

    private String title;
    private String holder;

    /* Each list is read for all the laureates of a query at once, so that the palmarès and the booklet
       cost the same few statements for 10 laureates as for 100. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "laureate_department", joinColumns = @JoinColumn(name = "laureate_id"))
    @OrderColumn(name = "position")
    @Column(name = "department")
    private List<String> departments = new ArrayList<>();

    @Column(name = "partner_note")
    private String partnerNote;

    @Column(length = TextLimits.LONG)
    private String approach;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "laureate_objective", joinColumns = @JoinColumn(name = "laureate_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = TextLimits.ITEM)
    private List<String> objectives = new ArrayList<>();

    @Column(name = "target_audience", length = TextLimits.LONG)
    private String targetAudience;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "laureate_step", joinColumns = @JoinColumn(name = "laureate_id"))
    @OrderColumn(name = "position")
    private List<LaureateStep> steps = new ArrayList<>();

    @Column(name = "focus_heading")
    private String focusHeading;

    @Column(name = "focus_text", length = TextLimits.LONG)
    private String focusText;

    @Column(length = TextLimits.LONG)
    private String results;

    @Column(name = "logo_id")
    private Long logoId;

    @Version
    private long version;

    protected Laureate() {
    }

    /** The recognition's title is kept only for those that carry one (a special mention, a jury prize). */
    public Laureate(Edition edition, int position, Recognition recognition, String recognitionTitle,
            LaureateText text) {
        this.edition = edition;
        this.position = position;
        this.recognition = recognition;
        this.recognitionTitle = recognition.titled() ? TextLimits.stored(recognitionTitle) : null;
        rewrite(text);
    }

    /** The booklet's starting text for a dossier the jury awarded: what the candidate wrote. */
    static Laureate copyOf(Decision decision, int position) {
        Dossier dossier = decision.getDossier();
        LaureateText text = new LaureateText(dossier.getTitle(), dossier.getHolderName(), dossier.getDepartments(),
                null, dossier.getApproach(), dossier.getObjectives(), dossier.getTargetAudience(),
                dossier.getSteps().stream().map(step -> new LaureateText.Step(step.getTitle(), step.getText())).toList(),
                null, null, dossier.getResults());
        Laureate laureate = new Laureate(dossier.getEdition(), position, decision.getRecognition(),
                decision.getRecognitionTitle(), text);
        laureate.dossier = dossier;
        return laureate;
    }

    /**
     * The jury decided again (after staff reopened the deliberation): the recognition and the place follow its
     * decision, the text keeps staff's edits. Whether anything changed.
     */
    boolean follow(Decision decision, int position) {
        Recognition recognition = decision.getRecognition();
        String recognitionTitle = recognition.titled() ? decision.getRecognitionTitle() : null;
        boolean changed = this.position != position || this.recognition != recognition
                || !Objects.equals(this.recognitionTitle, recognitionTitle);
        this.position = position;
        this.recognition = recognition;
        this.recognitionTitle = recognitionTitle;
        return changed;
    }

    /** Staff's edit of the booklet text; the recognition stays the jury's. */
    public void rewrite(LaureateText text) {
        this.title = text.title();
        this.holder = text.holder();
        this.departments = new ArrayList<>(text.departments());
        this.partnerNote = text.partnerNote();
        this.approach = text.approach();
        this.objectives = new ArrayList<>(text.objectives());
        this.targetAudience = text.targetAudience();
        this.steps = new ArrayList<>(text.steps().stream().map(step -> new LaureateStep(step.title(), step.text())).toList());
        this.focusHeading = text.focusHeading();
        this.focusText = text.focusText();
        this.results = text.results();
    }

    public LaureateText text() {
        return new LaureateText(title, holder, List.copyOf(departments), partnerNote, approach,
                List.copyOf(objectives), targetAudience, steps.stream().map(LaureateStep::step).toList(),
                focusHeading, focusText, results);
    }

    public Long getId() {
        return id;
    }

    public Long getEditionId() {
        return edition.getId();
    }

    /** The dossier the jury awarded, for an edition run here; none for an imported one. */
    public Dossier getDossier() {
        return dossier;
    }

    public Recognition getRecognition() {
        return recognition;
    }

    public String getRecognitionTitle() {
        return recognitionTitle;
    }

    public String getTitle() {
        return title;
    }

    public String getHolder() {
        return holder;
    }

    public List<String> getDepartments() {
        return List.copyOf(departments);
    }

    public Long getLogoId() {
        return logoId;
    }

    public void showLogo(Logo logo) {
        this.logoId = logo.getId();
    }
}
