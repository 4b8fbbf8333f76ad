package fr.deciderensemble.trophees.web.jury;

import java.util.List;

import fr.deciderensemble.trophees.jury.Assignment;
import fr.deciderensemble.trophees.jury.Conflicts;
import fr.deciderensemble.trophees.jury.Jury;
import fr.deciderensemble.trophees.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** jury/dossiers.xhtml: the dossiers assigned to the logged-in juror, and nothing else. */
@Named
@RequestScoped
public class JurorDossiersPage {

    @Inject
    private Jury jury;

    @Inject
    private Conflicts conflicts;

    @Inject
    private CurrentUser user;

    private List<Assignment> assignments;
    private Long deputised;

    public List<Assignment> getAssignments() {
        if (assignments == null) {
            assignments = jury.assignedTo(user.account());
        }
        return assignments;
    }

    /** How many dossiers of the deliberation under way this juror decides in the president's place. */
    public long getDeputised() {
        if (deputised == null) {
            deputised = conflicts.deputisedBy(user.account());
        }
        return deputised;
    }

    /** How many of the listed dossiers the juror has scored: their progress, n of m. */
    public long getScored() {
        return getAssignments().stream().filter(Assignment::isProposed).count();
    }
}
