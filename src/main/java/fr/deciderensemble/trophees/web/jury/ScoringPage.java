package fr.deciderensemble.trophees.web.jury;

import java.io.Serializable;

import fr.deciderensemble.trophees.jury.Assignment;
import fr.deciderensemble.trophees.jury.Conflicts;
import fr.deciderensemble.trophees.jury.Jury;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** jury/dossier.xhtml?id=…: a juror reads an assigned dossier, proposes its stars or declares a conflict. */
@Named
@ViewScoped
public class ScoringPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private Assignment assignment;
    private Integer stars;
    private String comment;
    private String conflictReason;

    @Inject
    private transient Jury jury;

    @Inject
    private transient Conflicts conflicts;

    @Inject
    private transient CurrentUser user;

    @Inject
    private transient Messages messages;

    public void load() {
        assignment = messages.orNotFound(() -> jury.assignment(id, user.account()));
        if (assignment != null) {
            stars = assignment.getProposedStars();
            comment = assignment.getComment();
        }
    }

    public String propose() {
        return messages.attempt(() -> jury.propose(id, user.account(), stars, comment), "jury.proposed")
                ? "/jury/dossiers.xhtml?faces-redirect=true" : null;
    }

    /** The juror steps aside: the dossier leaves their list and can never be given back to them. */
    public String declareConflict() {
        return messages.attempt(() -> conflicts.declare(id, user.account(), conflictReason), "jury.conflict.declared")
                ? "/jury/dossiers.xhtml?faces-redirect=true" : null;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public void setConflictReason(String conflictReason) {
        this.conflictReason = conflictReason;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
