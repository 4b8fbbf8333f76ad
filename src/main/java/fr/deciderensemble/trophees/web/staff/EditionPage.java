package fr.deciderensemble.trophees.web.staff;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.LongConsumer;

import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.edition.JurySettings;
import fr.deciderensemble.trophees.jury.AutoAssignment;
import fr.deciderensemble.trophees.jury.Boards;
import fr.deciderensemble.trophees.jury.Conflicts;
import fr.deciderensemble.trophees.jury.EditionBoard;
import fr.deciderensemble.trophees.jury.Jury;
import fr.deciderensemble.trophees.jury.ScoreSheets;
import fr.deciderensemble.trophees.platform.ParisTime;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** equipe/edition.xhtml?id=…: one edition's phase actions, admissibility, conflicts of interest and assignment. */
@Named
@ViewScoped
public class EditionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private LocalDateTime newDeadline;
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, Long> jurorChoices = new HashMap<>();
    private final Map<Long, Long> deputyChoices = new HashMap<>();

    @Inject
    private transient Editions editions;

    @Inject
    private transient Boards boards;

    @Inject
    private transient AutoAssignment autoAssignment;

    @Inject
    private transient Dossiers dossiers;

    @Inject
    private transient Jury jury;

    @Inject
    private transient Conflicts conflicts;

    @Inject
    private transient ScoreSheets scoreSheets;

    @Inject
    private transient Messages messages;

    @Inject
    private transient CurrentUser user;

    private EditionBoard board;
    private int perDossier;
    private Integer jurorsPerDossier;
    private Integer firstReminderDays;
    private Integer lastReminderDays;
    private AutoAssignment.Preview preview;
    private Long conflictDossier;
    private Long conflictJuror;
    private String conflictReason;
    private String reopenReason;
    private final List<CriterionField> criteria = new ArrayList<>();

    public void load() {
        board = messages.orNotFound(() -> boards.edition(id));
        if (board != null) {
            JurySettings settings = board.edition().jurySettings();
            perDossier = settings.jurorsPerDossier();
            jurorsPerDossier = settings.jurorsPerDossier();
            firstReminderDays = settings.firstReminderDays();
            lastReminderDays = settings.lastReminderDays();
            board.criteria().forEach(line -> criteria.add(new CriterionField(line.id(), line.label(), line.weight())));
            // Room for new criteria: a blank line is dropped on saving.
            criteria.add(new CriterionField(null, null, null));
            criteria.add(new CriterionField(null, null, null));
        }
    }

    /** The edition, what its process waits for (the buttons shown are the steps it would take), its dossiers. */
    public EditionBoard getBoard() {
        return board;
    }

    public String openCall() {
        return act(editions::openCall, "edition.callOpened");
    }

    public String closeSubmissions() {
        return act(editions::closeSubmissions, "edition.submissionsClosed");
    }

    public String extendDeadline() {
        return act(edition -> editions.extendDeadline(edition, ParisTime.of(newDeadline)), "edition.deadlineExtended");
    }

    public String finishAdmissibility() {
        return act(editions::finishAdmissibility, "edition.scoringOpened");
    }

    public String closeScoring() {
        return act(editions::closeScoring, "edition.deliberationOpened");
    }

    /** Staff take the locked deliberation back to the jury; the reason, required, goes to the journal. */
    public String reopenDeliberation() {
        return messages.attemptFor("reopenReason", () -> jury.reopenDeliberation(id, reopenReason, user.account()),
                "jury.reopened") ? "/equipe/edition.xhtml?faces-redirect=true&id=" + id : null;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    /** The jury's settings for this edition; a field left empty counts as 0, which is refused with its reason. */
    public String saveJurySettings() {
        JurySettings settings = new JurySettings(orZero(jurorsPerDossier), orZero(firstReminderDays),
                orZero(lastReminderDays));
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            problems.forEach(key -> messages.addFor(
                    key.equals("edition.jury.perDossier") ? "jurorsPerDossier" : "firstReminderDays", key));
            return null;
        }
        return act(edition -> editions.configureJury(edition, settings), "edition.jury.saved");
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public Integer getJurorsPerDossier() {
        return jurorsPerDossier;
    }

    public void setJurorsPerDossier(Integer jurorsPerDossier) {
        this.jurorsPerDossier = jurorsPerDossier;
    }

    public Integer getFirstReminderDays() {
        return firstReminderDays;
    }

    public void setFirstReminderDays(Integer firstReminderDays) {
        this.firstReminderDays = firstReminderDays;
    }

    public Integer getLastReminderDays() {
        return lastReminderDays;
    }

    public void setLastReminderDays(Integer lastReminderDays) {
        this.lastReminderDays = lastReminderDays;
    }

    public String publish() {
        return act(editions::publish, "edition.published");
    }

    public String close() {
        return act(editions::close, "edition.closed");
    }

    public String admit(long dossierId) {
        return act(edition -> dossiers.judgeAdmissibility(dossierId, true, reasons.get(dossierId)),
                "dossier.admitted");
    }

    public String reject(long dossierId) {
        return act(edition -> dossiers.judgeAdmissibility(dossierId, false, reasons.get(dossierId)),
                "dossier.rejected");
    }

    public String assign(long dossierId) {
        return withJuror(jurorChoices.get(dossierId), juror -> jury.assign(dossierId, juror), "jury.assigned");
    }

    public String saveCriteria() {
        List<ScoreSheets.Line> lines = criteria.stream().map(field -> new ScoreSheets.Line(field.getId(),
                field.getLabel(), field.getWeight())).toList();
        return act(edition -> scoreSheets.define(edition, lines), "jury.criteria.saved");
    }

    public List<CriterionField> getCriteria() {
        return criteria;
    }

    public String unassign(long assignmentId) {
        return act(edition -> jury.unassign(assignmentId), "jury.unassigned");
    }

    public String recordConflict() {
        if (conflictDossier == null || conflictJuror == null) {
            messages.add(FacesMessage.SEVERITY_ERROR, "jury.conflict.choose");
            return null;
        }
        return act(edition -> conflicts.record(conflictDossier, conflictJuror, conflictReason), "jury.conflict.recorded");
    }

    public String nameDeputy(long dossierId) {
        return withJuror(deputyChoices.get(dossierId), juror -> conflicts.nameDeputy(dossierId, juror),
                "jury.deputy.named");
    }

    /** Staff confirm a suspected conflict; its reason says what the application saw. */
    public String confirmConflict(long dossierId, long jurorId, Conflicts.Clue clue, String evidence) {
        // The reason is the jury's record, in French whatever the staff member's language.
        String reason = MessageFormat.format(ResourceBundle.getBundle("messages", Locale.FRENCH)
                .getString(clue == Conflicts.Clue.DOMAIN ? "conflict.sameDomain" : "conflict.sameOrganisation"),
                evidence);
        return act(edition -> conflicts.record(dossierId, jurorId, reason), "jury.conflict.recorded");
    }

    /** Shows what the automatic assignment would add; nothing is stored until staff apply it. */
    public void previewAssignment() {
        messages.attempt(() -> preview = autoAssignment.preview(id, perDossier), null);
    }

    public String applyAssignment() {
        int[] added = new int[1];
        String next = act(edition -> added[0] = autoAssignment.apply(edition, perDossier), null);
        if (next != null) {
            messages.add(FacesMessage.SEVERITY_INFO, "jury.autoAssign.applied", added[0]);
        }
        return next;
    }

    public AutoAssignment.Preview getPreview() {
        return preview;
    }

    public int getPerDossier() {
        return perDossier;
    }

    public void setPerDossier(int perDossier) {
        this.perDossier = perDossier;
    }

    /** Runs a staff action on the juror chosen in a row's list, or asks for one. */
    private String withJuror(Long juror, LongConsumer action, String successKey) {
        if (juror == null) {
            messages.add(FacesMessage.SEVERITY_ERROR, "jury.assignment.chooseJuror");
            return null;
        }
        return act(edition -> action.accept(juror), successKey);
    }

    /** Runs a staff action; on success the page is reloaded by redirect so a refresh cannot repeat it. */
    private String act(LongConsumer action, String successKey) {
        return messages.attempt(() -> action.accept(id), successKey)
                ? "/equipe/edition.xhtml?faces-redirect=true&id=" + id
                : null;
    }

    public Long getConflictDossier() {
        return conflictDossier;
    }

    public void setConflictDossier(Long conflictDossier) {
        this.conflictDossier = conflictDossier;
    }

    public Long getConflictJuror() {
        return conflictJuror;
    }

    public void setConflictJuror(Long conflictJuror) {
        this.conflictJuror = conflictJuror;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public void setConflictReason(String conflictReason) {
        this.conflictReason = conflictReason;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public LocalDateTime getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDateTime newDeadline) {
        this.newDeadline = newDeadline;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, Long> getDeputyChoices() {
        return deputyChoices;
    }

    public Map<Long, Long> getJurorChoices() {
        return jurorChoices;
    }
}
