package fr.deciderensemble.trophees.web.staff;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.jury.Boards;
import fr.deciderensemble.trophees.jury.EditionBoard;
import fr.deciderensemble.trophees.jury.Jury;
import fr.deciderensemble.trophees.platform.ParisTime;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * equipe/edition.xhtml?id=…: one edition's board, its phase actions and the admissibility of its dossiers. The jury
 * ({@link EditionJury}, which starts from the board read here) and the conflicts of interest ({@link EditionConflicts})
 * are parts of their own, which act through {@link #act} and {@link #withJuror}.
 */
@Named
@ViewScoped
public class EditionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private LocalDateTime newDeadline;
    private String reopenReason;
    private final Map<Long, String> reasons = new HashMap<>();
    private EditionBoard board;

    @Inject
    private transient Editions editions;

    @Inject
    private transient Boards boards;

    @Inject
    private transient Dossiers dossiers;

    @Inject
    private transient Jury jury;

    @Inject
    private transient Messages messages;

    @Inject
    private transient CurrentUser user;

    public void load() {
        board = messages.orNotFound(() -> boards.edition(id));
    }

    /** The edition, what its process waits for (the buttons shown are the steps it would take), its dossiers. */
    public EditionBoard getBoard() {
        return board;
    }

    /** The question before closing the scoring, which counts the sheets it would leave out, if any. */
    public String getCloseScoringQuestion() {
        long unsent = board.unsentSheets();
        return unsent == 0 ? messages.text("edition.closeScoring.confirm")
                : Messages.format(FacesContext.getCurrentInstance(), "edition.closeScoring.confirmUnsent", unsent);
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

    /** Runs a staff action on the juror chosen in a row's list, or asks for one. */
    String withJuror(Long juror, LongConsumer action, String successKey) {
        if (juror == null) {
            messages.add(FacesMessage.SEVERITY_ERROR, "jury.assignment.chooseJuror");
            return null;
        }
        return act(edition -> action.accept(juror), successKey);
    }

    /** Runs a staff action; on success the page is reloaded by redirect so a refresh cannot repeat it. */
    String act(LongConsumer action, String successKey) {
        return messages.attempt(() -> action.accept(id), successKey)
                ? "/equipe/edition.xhtml?faces-redirect=true&id=" + id
                : null;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
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
}
