package fr.deciderensemble.trophees.web.staff;

import java.io.Serializable;
import java.util.Map;

import fr.deciderensemble.trophees.candidacy.Attachments;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.edition.EditionProcess;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * equipe/dossier.xhtml?id=…: a submitted dossier, read-only, opened from the edition page; while the edition waits
 * for admissibility, staff decide it here, having read it, as they may from the edition's list.
 */
@Named
@ViewScoped
public class StaffDossierPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private transient Dossier dossier;
    private transient Attachments.Listing files;
    private boolean judging;
    private String reason;

    @Inject
    private transient Attachments attachments;

    @Inject
    private transient Dossiers dossiers;

    @Inject
    private transient EditionProcess process;

    @Inject
    private transient Messages messages;

    public void load() {
        dossier = messages.orNotFound(() -> dossiers.submittedOne(id));
        files = dossier == null ? null : attachments.listing(dossier);
        judging = dossier != null && process.waitingFor(dossier.getEdition()).forAdmissibility();
    }

    public String admit() {
        return judge(true, "dossier.admitted");
    }

    public String reject() {
        return judge(false, "dossier.rejected");
    }

    /** On success the page is read again by redirect, so that a refresh cannot repeat the decision. */
    private String judge(boolean admissible, String successKey) {
        return messages.attemptByField(() -> dossiers.judgeAdmissibility(id, admissible, reason),
                Map.of("dossier.admissibility.reason", "reason"), successKey)
                ? "/equipe/dossier.xhtml?faces-redirect=true&id=" + id
                : null;
    }

    public boolean isJudging() {
        return judging;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public Attachments.Listing getFiles() {
        return files;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
