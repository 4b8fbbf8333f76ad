package fr.deciderensemble.trophees.web.staff;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.edition.JurySettings;
import fr.deciderensemble.trophees.jury.AutoAssignment;
import fr.deciderensemble.trophees.jury.BalancedAssignment;
import fr.deciderensemble.trophees.jury.EditionBoard;
import fr.deciderensemble.trophees.jury.Jury;
import fr.deciderensemble.trophees.jury.ScoreSheets;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The jury part of equipe/edition.xhtml: the jury's settings, the criteria of the score sheet, and who scores which
 * dossier, chosen by hand or by the automatic assignment after a preview. It starts from what the page read.
 */
@Named
@ViewScoped
public class EditionJury implements Serializable {

    private static final long serialVersionUID = 1L;

    private int perDossier;
    private Integer jurorsPerDossier;
    private Integer firstReminderDays;
    private Integer lastReminderDays;
    private AutoAssignment.Preview preview;
    /** The number of jurors per dossier of the preview shown, which applying keeps whatever the field says now. */
    private int previewedPerDossier;
    private final List<CriterionField> criteria = new ArrayList<>();
    private final Map<Long, Long> jurorChoices = new HashMap<>();

    @Inject
    private EditionPage page;

    @Inject
    private transient Editions editions;

    @Inject
    private transient AutoAssignment autoAssignment;

    @Inject
    private transient Jury jury;

    @Inject
    private transient ScoreSheets scoreSheets;

    @Inject
    private transient Messages messages;

    @PostConstruct
    void fillFromBoard() {
        EditionBoard board = page.getBoard();
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
        return page.act(edition -> editions.configureJury(edition, settings), "edition.jury.saved");
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public String saveCriteria() {
        List<ScoreSheets.Line> lines = criteria.stream().map(field -> new ScoreSheets.Line(field.getId(),
                field.getLabel(), field.getWeight())).toList();
        return page.act(edition -> scoreSheets.define(edition, lines), "jury.criteria.saved");
    }

    public String assign(long dossierId) {
        return page.withJuror(jurorChoices.get(dossierId), juror -> jury.assign(dossierId, juror), "jury.assigned");
    }

    public String unassign(long assignmentId) {
        return page.act(edition -> jury.unassign(assignmentId), "jury.unassigned");
    }

    /** Shows what the automatic assignment would add; nothing is stored until staff apply it. */
    public void previewAssignment() {
        messages.attempt(() -> {
            preview = autoAssignment.preview(page.getId(), perDossier);
            previewedPerDossier = perDossier;
        }, null);
    }

    /** Applies the plan the preview showed; if the data changed meanwhile, nothing is applied and staff look again. */
    public String applyAssignment() {
        if (preview == null) {
            messages.add(FacesMessage.SEVERITY_WARN, "jury.autoAssign.changed");
            return null;
        }
        List<BalancedAssignment.Pair> previewed = preview.plan().added();
        int[] added = new int[1];
        String next = page.act(edition -> added[0] = autoAssignment.apply(edition, previewedPerDossier, previewed),
                null);
        if (next != null) {
            messages.add(FacesMessage.SEVERITY_INFO, "jury.autoAssign.applied", added[0]);
        } else {
            preview = null;
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

    public List<CriterionField> getCriteria() {
        return criteria;
    }

    public Map<Long, Long> getJurorChoices() {
        return jurorChoices;
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
}
