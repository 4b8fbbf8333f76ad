package fr.deciderensemble.trophees.web.candidate;

import java.util.List;

import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.palmares.CandidateDossiers;
import fr.deciderensemble.trophees.palmares.Outcome;
import fr.deciderensemble.trophees.palmares.Outcomes;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** candidat/dossiers.xhtml: the candidate's dossiers, where each stands, and, while a call is open, a new one. */
@Named
@RequestScoped
public class CandidateDossiersPage {

    @Inject
    private Dossiers dossiers;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    @Inject
    private Outcomes outcomes;

    private CandidateDossiers shown;

    /** Each dossier with what its candidate may know of its fate. */
    public List<Outcome> getOutcomes() {
        return shown().outcomes();
    }

    public Edition getOpenEdition() {
        return shown().openEdition();
    }

    private CandidateDossiers shown() {
        if (shown == null) {
            shown = outcomes.list(user.account());
        }
        return shown;
    }

    /** Starts a new draft from one of the candidate's dossiers, and opens it. */
    public String copy(long sourceId) {
        Dossier[] copied = new Dossier[1];
        boolean ok = messages.attempt(() -> copied[0] = dossiers.copy(sourceId, user.account()), "candidate.copied");
        return ok ? "/candidat/dossier.xhtml?faces-redirect=true&id=" + copied[0].getId() : null;
    }

    public String start() {
        Dossier[] started = new Dossier[1];
        boolean ok = messages.attempt(() -> started[0] = dossiers.start(user.account()), null);
        return ok ? "/candidat/dossier.xhtml?faces-redirect=true&id=" + started[0].getId() : null;
    }
}
