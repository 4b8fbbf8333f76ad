package fr.deciderensemble.trophees.web.jury;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.deciderensemble.trophees.candidacy.Admissibility;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.jury.Assignment;
import fr.deciderensemble.trophees.jury.Jury;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * jury/deliberation.xhtml: the president sees the jurors' proposals side by side, dossier by
 * dossier, settles the final stars and closes the deliberation.
 */
@Named
@ViewScoped
public class DeliberationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private Edition edition;
    private List<Dossier> admissible;
    private final Map<Long, Integer> finalStars = new HashMap<>();

    @Inject
    private transient Editions editions;

    @Inject
    private transient Dossiers dossiers;

    @Inject
    private transient Jury jury;

    @Inject
    private transient Messages messages;

    public void load() {
        edition = editions.deliberating().orElse(null);
        if (edition != null) {
            admissible = dossiers.submitted(edition).stream()
                    .filter(d -> d.getAdmissibility() == Admissibility.ADMISSIBLE)
                    .toList();
            admissible.forEach(d -> finalStars.put(d.getId(), d.getFinalStars()));
        }
    }

    public List<Assignment> proposalsFor(Dossier dossier) {
        return jury.assignmentsOf(dossier);
    }

    public String save() {
        return messages.attempt(() -> jury.settle(finalStars), "jury.settled")
                ? "/jury/deliberation.xhtml?faces-redirect=true" : null;
    }

    public String finish() {
        return messages.attempt(() -> jury.closeDeliberation(edition.getId(), finalStars),
                "jury.deliberationFinished") ? "/jury/deliberation.xhtml?faces-redirect=true" : null;
    }

    public Edition getEdition() {
        return edition;
    }

    public List<Dossier> getDossiers() {
        return admissible;
    }

    public Map<Long, Integer> getFinalStars() {
        return finalStars;
    }
}
