package fr.deciderensemble.trophees.web.jury;

import java.io.Serializable;

import fr.deciderensemble.trophees.jury.Assignment;
import fr.deciderensemble.trophees.jury.Jury;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** jury/dossier.xhtml?id=…: a juror reads an assigned dossier and proposes its stars. */
@Named
@ViewScoped
public class ScoringPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private Assignment assignment;
    private Integer stars;
    private String comment;

    @Inject
    private transient Jury jury;

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
