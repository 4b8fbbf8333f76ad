package fr.deciderensemble.trophees.web.candidate;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.primefaces.PrimeFaces;

import fr.deciderensemble.trophees.candidacy.ApproachType;
import fr.deciderensemble.trophees.candidacy.DeadlinePassed;
import fr.deciderensemble.trophees.candidacy.Department;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.DossierContent;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.candidacy.HolderType;
import fr.deciderensemble.trophees.candidacy.Receipt;
import fr.deciderensemble.trophees.candidacy.SavedMeanwhile;
import fr.deciderensemble.trophees.candidacy.Theme;
import fr.deciderensemble.trophees.palmares.CandidateDossier;
import fr.deciderensemble.trophees.palmares.Outcome;
import fr.deciderensemble.trophees.palmares.Outcomes;
import fr.deciderensemble.trophees.platform.ParisTime;
import fr.deciderensemble.trophees.platform.Refusal;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.PageDates;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * candidat/dossier.xhtml?id=…: the candidate writes a dossier in four sections, saves it and submits it. A refused
 * save keeps everything typed on the page, and each problem is shown beside its field and listed, linked, at the top.
 */
@Named
@ViewScoped
public class DossierPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A problem with the field whose id the form gives it, for the list of links at the top of the form. */
    public record Problem(String field, String text) implements Serializable {

        public String getField() {
            return field;
        }

        public String getText() {
            return text;
        }
    }

    private long id;
    private Dossier dossier;
    private transient CandidateDossier shown;
    private DossierForm form;
    private long version;
    private boolean editable;
    private boolean mayChange;
    private OffsetDateTime savedAt;
    private SavedMeanwhile heldBack;
    private OffsetDateTime late;
    private final Map<String, String> problems = new LinkedHashMap<>();

    @Inject
    private transient Dossiers dossiers;

    @Inject
    private transient Outcomes outcomes;

    @Inject
    private transient CurrentUser user;

    @Inject
    private transient PageDates dates;

    @Inject
    private transient Messages messages;

    public void load() {
        shown = messages.orNotFound(() -> outcomes.page(id, user.account()));
        if (shown != null) {
            dossier = shown.dossier();
            form = new DossierForm(dossier.content());
            version = dossier.getVersion();
            savedAt = dossier.getSavedAt();
            editable = shown.editable();
            mayChange = shown.mayChange();
        }
    }

    /** A submitted dossier becomes a draft again, to change and submit anew before the deadline. */
    public String backToDraft() {
        return messages.attempt(() -> dossiers.backToDraft(id, user.account()), "dossier.backToDraft.done")
                ? "/candidat/dossier.xhtml?faces-redirect=true&id=" + id : null;
    }

    public String withdraw() {
        return messages.attempt(() -> dossiers.withdraw(id, user.account()), "dossier.withdraw.done")
                ? "/candidat/dossier.xhtml?faces-redirect=true&id=" + id : null;
    }

    /** Whether the dossier is a form: a draft while the edition takes submissions; past that, a document. */
    public boolean isEditable() {
        return editable;
    }

    /** Whether this submitted or withdrawn dossier may still be taken back or withdrawn: before the deadline. */
    public boolean isMayChange() {
        return mayChange;
    }

    /** The button: saves, then shows the saved dossier afresh. */
    public String save() {
        return attempt(() -> dossiers.saveDraft(id, user.account(), form.content(), version)) ? saved("dossier.saved")
                : null;
    }

    /**
     * The page's own save, every 30 s and when a field is left: the page stays as it is (the candidate may be
     * typing), and only its save status and problems are drawn again. The script learns the outcome.
     */
    public void autosave() {
        boolean done = attempt(() -> dossiers.saveDraft(id, user.account(), form.content(), version));
        PrimeFaces.current().ajax().addCallbackParam("outcome",
                done ? "saved" : heldBack != null ? "heldBack" : "refused");
    }

    /** After being told who saved meanwhile, the candidate keeps their own text: it replaces the other. */
    public void overwrite() {
        boolean done = attempt(() -> dossiers.saveDraft(id, user.account(), form.content(), null));
        PrimeFaces.current().ajax().addCallbackParam("outcome", done ? "saved" : "refused");
    }

    /** Submits; past the deadline, what was typed is saved as a draft and the refusal gives the exact deadline. */
    public String submit() {
        if (attempt(() -> dossiers.submit(id, user.account(), form.content(), version))) {
            return saved("dossier.submitted");
        }
        if (late != null) {
            OffsetDateTime deadline = late;
            attempt(() -> dossiers.saveDraft(id, user.account(), form.content(), version));
            problems.clear();
            messages.add(FacesMessage.SEVERITY_ERROR, "dossier.deadlinePassed", dates.format(deadline));
        }
        return null;
    }

    private String saved(String key) {
        messages.add(FacesMessage.SEVERITY_INFO, key);
        return "/candidat/dossier.xhtml?faces-redirect=true&id=" + id;
    }

    /**
     * Whether the action went through; if not, each problem is kept for its field and nothing typed is lost. One at
     * a time per page: the button pressed while the page's own save travels must see the version that save made,
     * or the candidate would be told they saved over themselves.
     */
    private synchronized boolean attempt(Supplier<Dossier> action) {
        problems.clear();
        heldBack = null;
        late = null;
        try {
            Dossier saved = action.get();
            version = saved.getVersion();
            savedAt = saved.getSavedAt();
            return true;
        } catch (SavedMeanwhile meanwhile) {
            heldBack = meanwhile;
        } catch (DeadlinePassed passed) {
            late = passed.deadline();
        } catch (Refusal refusal) {
            for (String key : refusal.keys()) {
                String field = fieldOf(key);
                if (field == null) {
                    messages.add(FacesMessage.SEVERITY_ERROR, key);
                } else {
                    problems.merge(field, messages.text(key), (first, second) -> first + " " + second);
                }
            }
            if (!problems.isEmpty()) {
                messages.add(FacesMessage.SEVERITY_ERROR, "dossier.problems", problems.size());
            }
        }
        return false;
    }

    /** "dossier.holderCommune.required" is about the field with id holderCommune. */
    private static String fieldOf(String key) {
        String[] parts = key.split("\\.");
        return parts.length == 3 && parts[0].equals("dossier") ? parts[1] : null;
    }

    public void addStep() {
        form.addStep();
    }

    public void removeStep(int index) {
        form.removeStep(index);
    }

    public void moveStepUp(int index) {
        form.moveStepUp(index);
    }

    /** "Enregistré à 14:02", or nothing before the first save or while a save is held back. */
    public String getSaveStatus() {
        return savedAt == null || heldBack != null ? null
                : Messages.format(FacesContext.getCurrentInstance(), "dossier.savedAt", ParisTime.clock(savedAt));
    }

    /** Who saved the dossier after this page loaded it, and when: the page's text was not saved over theirs. */
    public String getHeldBack() {
        if (heldBack == null) {
            return null;
        }
        return Messages.format(FacesContext.getCurrentInstance(), "dossier.savedMeanwhile.detail",
                heldBack.savedBy() == null ? "?" : heldBack.savedBy(), dates.format(heldBack.savedAt()));
    }

    /** What the last save or submission found wrong with a field, or nothing. */
    public String problemOf(String field) {
        return problems.get(field);
    }

    public List<Problem> getProblems() {
        List<Problem> list = new ArrayList<>();
        problems.forEach((field, text) -> list.add(new Problem(field, text)));
        return list;
    }

    /** How far along each section is, from what is typed now. */
    public List<DossierContent.Progress> getProgress() {
        return form.content().progress();
    }

    public HolderType[] getHolderTypes() {
        return HolderType.values();
    }

    public ApproachType[] getApproachTypes() {
        return ApproachType.values();
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public List<Department> getDepartments() {
        return Department.all();
    }

    /** The receipts of the dossier's submissions, the latest first. */
    public List<Receipt> getReceipts() {
        return shown == null ? List.of() : shown.receipts();
    }

    /** Where the dossier stands, as its candidate may know it. */
    public Outcome getOutcome() {
        return shown == null ? null : shown.outcome();
    }

    /** What the page read of the dossier at its load, for its parts; nothing once the view was stored away. */
    CandidateDossier getShown() {
        return shown;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public DossierForm getForm() {
        return form;
    }

    /**
     * The version of the dossier this page last saw, which the form carries: the page's own save, answered outside
     * Faces ({@link DossierAutosave}), moves it forward in the page, and each save through Faces takes it from there.
     */
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
