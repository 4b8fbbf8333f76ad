package fr.deciderensemble.trophees.web.staff;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import fr.deciderensemble.trophees.jury.Conflicts;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The conflicts part of equipe/edition.xhtml: staff record a juror's conflict on a dossier, confirm one the
 * application suspects, and name who decides a dossier on which the president is conflicted.
 */
@Named
@ViewScoped
public class EditionConflicts implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long conflictDossier;
    private Long conflictJuror;
    private String conflictReason;
    private final Map<Long, Long> deputyChoices = new HashMap<>();

    @Inject
    private EditionPage page;

    @Inject
    private transient Conflicts conflicts;

    @Inject
    private transient Messages messages;

    public String recordConflict() {
        if (conflictDossier == null || conflictJuror == null) {
            messages.add(FacesMessage.SEVERITY_ERROR, "jury.conflict.choose");
            return null;
        }
        return page.act(edition -> conflicts.record(conflictDossier, conflictJuror, conflictReason),
                "jury.conflict.recorded");
    }

    public String nameDeputy(long dossierId) {
        return page.withJuror(deputyChoices.get(dossierId), juror -> conflicts.nameDeputy(dossierId, juror),
                "jury.deputy.named");
    }

    /** Staff confirm a suspected conflict; its reason says what the application saw. */
    public String confirmConflict(long dossierId, long jurorId, Conflicts.Clue clue, String evidence) {
        // The reason is the jury's record, in French whatever the staff member's language.
        String reason = MessageFormat.format(ResourceBundle.getBundle("messages", Locale.FRENCH)
                .getString(clue == Conflicts.Clue.DOMAIN ? "conflict.sameDomain" : "conflict.sameOrganisation"),
                evidence);
        return page.act(edition -> conflicts.record(dossierId, jurorId, reason), "jury.conflict.recorded");
    }

    public Map<Long, Long> getDeputyChoices() {
        return deputyChoices;
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
}
