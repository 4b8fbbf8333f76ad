package fr.deciderensemble.trophees.web.jury;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.jury.Boards;
import fr.deciderensemble.trophees.jury.Calibration;
import fr.deciderensemble.trophees.jury.Deliberation;
import fr.deciderensemble.trophees.jury.Jury;
import fr.deciderensemble.trophees.jury.MinutesBook;
import fr.deciderensemble.trophees.jury.Recognition;
import fr.deciderensemble.trophees.jury.SignedMinutes;
import fr.deciderensemble.trophees.jury.Verdict;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * jury/deliberation.xhtml: the president sees the jurors' proposals side by side, dossier by dossier, decides each
 * dossier's recognition (stars, a special mention or a jury prize with its title, or none) and closes the
 * deliberation. A juror named deputy decides here the dossiers the president has a conflict with.
 */
@Named
@ViewScoped
public class DeliberationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The choice "decided not to award", beside the recognitions' own names. */
    static final String NOT_AWARDED = "NONE";

    private Deliberation deliberation;
    private SignedMinutes lockedMinutes;
    private final Map<Long, String> choices = new HashMap<>();
    private final Map<Long, String> titles = new HashMap<>();
    private final Map<Long, String> rationales = new HashMap<>();

    @Inject
    private transient Boards boards;

    @Inject
    private transient Jury jury;

    @Inject
    private transient MinutesBook minutesBook;

    @Inject
    private transient CurrentUser user;

    @Inject
    private transient Messages messages;

    public void load() {
        Optional<Deliberation> open = messages.orNotFound(() -> boards.deliberation(user.account()));
        deliberation = open == null ? null : open.orElse(null);
        if (open != null && deliberation == null) {
            lockedMinutes = minutesBook.latestInForce(user.account()).orElse(null);
        }
        if (deliberation != null) {
            deliberation.rows().stream().filter(row -> row.verdict() != null).forEach(row -> {
                Verdict verdict = row.verdict();
                choices.put(row.dossier().getId(), verdict.awarded() ? verdict.recognition().name() : NOT_AWARDED);
                titles.put(row.dossier().getId(), verdict.recognitionTitle());
                rationales.put(row.dossier().getId(), verdict.rationale());
            });
        }
    }

    /** The choices offered, in the booklet's order, "not awarded" last: value and message key. */
    public Map<String, String> getOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        Stream.concat(Arrays.stream(Recognition.values()).map(Recognition::name), Stream.of(NOT_AWARDED))
                .forEach(choice -> options.put(choice, "decision." + choice));
        return options;
    }

    public String save() {
        Map<Long, Verdict> verdicts = verdicts(false);
        return verdicts != null && messages.attempt(() -> jury.settle(verdicts, user.account()), "jury.settled")
                ? "/jury/deliberation.xhtml?faces-redirect=true" : null;
    }

    public String finish() {
        Map<Long, Verdict> verdicts = verdicts(true);
        return verdicts != null && messages.attempt(() -> jury.closeDeliberation(edition().getId(), verdicts,
                user.account()),
                "jury.deliberationFinished") ? "/jury/deliberation.xhtml?faces-redirect=true" : null;
    }

    /**
     * The president's choices, null for a dossier left undecided; or null when a title is missing or too long, or,
     * for the lock, a decision has no rationale (the minutes give one for each), each told beside its field, so that
     * nothing chosen is lost.
     */
    private Map<Long, Verdict> verdicts(boolean locking) {
        Map<Long, Verdict> verdicts = new HashMap<>();
        boolean valid = true;
        List<Deliberation.Row> rows = deliberation.rows();
        for (int index = 0; index < rows.size(); index++) {
            long dossierId = rows.get(index).dossier().getId();
            Verdict verdict = verdict(dossierId);
            String problem = verdict == null ? null : verdict.problem();
            if (problem != null) {
                refuse(rows.get(index), index, verdict.rationaleTooLong() ? "rationale" : "recognitionTitle", problem);
                valid = false;
            }
            if (locking && verdict != null && verdict.unexplained()) {
                refuse(rows.get(index), index, "rationale", "jury.decision.rationaleMissing");
                valid = false;
            }
            verdicts.put(dossierId, verdict);
        }
        return valid ? verdicts : null;
    }

    private void refuse(Deliberation.Row row, int index, String field, String problem) {
        messages.addFor("proposals:" + index + ":" + field, problem, row.dossier().getTitle());
    }

    private Verdict verdict(long dossierId) {
        String choice = choices.get(dossierId);
        if (choice == null || choice.isEmpty()) {
            return null;
        }
        Verdict verdict = NOT_AWARDED.equals(choice) ? Verdict.NOT_AWARDED
                : new Verdict(Recognition.valueOf(choice), titles.get(dossierId));
        return verdict.because(rationales.get(dossierId));
    }

    /** Whether a field of this row (recognitionTitle, rationale) holds an error, for its aria-invalid. */
    public boolean invalid(int index, String field) {
        return !FacesContext.getCurrentInstance().getMessageList("proposals:" + index + ":" + field).isEmpty();
    }

    private Edition edition() {
        return deliberation.edition();
    }

    /** The sheets a juror sends before their scores are calibrated, as the page's hint says. */
    public int getCalibratedFrom() {
        return Calibration.CALIBRATED_FROM;
    }

    public Deliberation getDeliberation() {
        return deliberation;
    }

    /** With no deliberation open, the minutes of the last one locked, for the president to download. */
    public SignedMinutes getLockedMinutes() {
        return lockedMinutes;
    }

    public Map<Long, String> getChoices() {
        return choices;
    }

    public Map<Long, String> getTitles() {
        return titles;
    }

    public Map<Long, String> getRationales() {
        return rationales;
    }
}
