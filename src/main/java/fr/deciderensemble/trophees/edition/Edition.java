package fr.deciderensemble.trophees.edition;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

@Entity
@NamedQuery(name = "Edition.all", query = "select e from Edition e order by e.year desc")
@NamedQuery(name = "Edition.byYear", query = "select e from Edition e where e.year = :year")
@NamedQuery(name = "Edition.inPhase", query = "select e from Edition e where e.phase = :phase order by e.year desc")
@NamedQuery(name = "Edition.withSettledAwards",
        query = "select e from Edition e where e.imported = false and e.phase in :phases")
public class Edition {

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @Column(name = "edition_year", nullable = false, unique = true)
    private int year;

    @Column(name = "edition_number")
    private Integer editionNumber;

    @Column(length = 200)
    private String name;

    /** A past edition taken from its booklet: published, with neither dates nor process. */
    @Column(nullable = false)
    private boolean imported;

    @Column(name = "call_opens_at")
    private OffsetDateTime callOpensAt;

    @Column(name = "submission_deadline")
    private OffsetDateTime submissionDeadline;

    @Column(name = "scoring_deadline")
    private OffsetDateTime scoringDeadline;

    @Column(name = "ceremony_at")
    private OffsetDateTime ceremonyAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EditionPhase phase = EditionPhase.PREPARATION;

    @Column(name = "jurors_per_dossier", nullable = false)
    private int jurorsPerDossier = JurySettings.DEFAULTS.jurorsPerDossier();

    @Column(name = "first_reminder_days", nullable = false)
    private int firstReminderDays = JurySettings.DEFAULTS.firstReminderDays();

    @Column(name = "last_reminder_days", nullable = false)
    private int lastReminderDays = JurySettings.DEFAULTS.lastReminderDays();

    @Column(name = "process_instance_id")
    private String processInstanceId;

    /** Counts the changes to what the edition's documents print; only {@link Editions#documentsChanged} writes it. */
    @Column(name = "documents_version", insertable = false, updatable = false)
    private long documentsVersion;

    @Version
    private long version;

    protected Edition() {
    }

    public Edition(int year, EditionDates dates) {
        this.year = year;
        reschedule(dates);
    }

    /** A past edition, as its booklet published it. */
    public static Edition imported(int year, Integer editionNumber, String name) {
        Edition edition = new Edition();
        edition.year = year;
        edition.editionNumber = editionNumber;
        edition.name = name;
        edition.imported = true;
        edition.phase = EditionPhase.CLOSED;
        return edition;
    }

    public void reschedule(EditionDates dates) {
        this.callOpensAt = dates.callOpensAt();
        this.submissionDeadline = dates.submissionDeadline();
        this.scoringDeadline = dates.scoringDeadline();
        this.ceremonyAt = dates.ceremonyAt();
    }

    void configureJury(JurySettings settings) {
        jurorsPerDossier = settings.jurorsPerDossier();
        firstReminderDays = settings.firstReminderDays();
        lastReminderDays = settings.lastReminderDays();
    }

    public JurySettings jurySettings() {
        return new JurySettings(jurorsPerDossier, firstReminderDays, lastReminderDays);
    }

    public EditionDates dates() {
        return new EditionDates(callOpensAt, submissionDeadline, scoringDeadline, ceremonyAt);
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public OffsetDateTime getCallOpensAt() {
        return callOpensAt;
    }

    public OffsetDateTime getSubmissionDeadline() {
        return submissionDeadline;
    }

    public OffsetDateTime getScoringDeadline() {
        return scoringDeadline;
    }

    public OffsetDateTime getCeremonyAt() {
        return ceremonyAt;
    }

    /** The phase's name, for listings and the API; what may happen now is {@link EditionProcess#waitingFor}. */
    public String getPhaseName() {
        return phase.name();
    }

    public EditionPhase getPhase() {
        return phase;
    }

    void enter(EditionPhase next) {
        this.phase = next;
    }

    public long getDocumentsVersion() {
        return documentsVersion;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** As the booklet says it, else counted from 2016, the first edition. */
    public int getNumber() {
        return editionNumber != null ? editionNumber : year - 2015;
    }

    public String getName() {
        return name;
    }

    /** Whether candidates may learn whether their dossier is admissible: staff closed the admissibility review. */
    public boolean admissibilityIsSettled() {
        return imported || phase.admissibilityIsSettled();
    }

    /** Whether anybody may see the edition's results: imported, or run here and published. */
    public boolean resultsArePublic() {
        return imported || phase.resultsArePublic();
    }

    /** Whether the jury's awards are settled, so that the laureates' texts may be written (the process's projection). */
    public boolean awardsAreSettled() {
        return imported || phase.awardsAreSettled();
    }

    public boolean isImported() {
        return imported;
    }

    /**
     * Whether candidates may save and submit now. Read from the projection, not the engine: it guards every save of
     * the deadline rush, and the process writes it in the step's own transaction. The deadline itself is compared
     * too, because the timer that closes submissions fires a little after it.
     */
    public boolean acceptsSubmissions(OffsetDateTime now) {
        return phase == EditionPhase.SUBMISSION && now.isBefore(submissionDeadline);
    }
}
