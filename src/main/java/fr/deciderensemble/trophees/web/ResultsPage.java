package fr.deciderensemble.trophees.web;

import java.util.List;
import java.util.Map;

import fr.deciderensemble.trophees.dossier.Dossier;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.platform.Refusal;
import fr.deciderensemble.trophees.publication.Results;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** resultats.xhtml?annee=…: the palmarès, empty until the ceremony publishes it. */
@Named
@RequestScoped
public class ResultsPage {

    private int annee;
    private Edition edition;
    private Map<Integer, List<Dossier>> palmares;

    @Inject
    private Editions editions;

    @Inject
    private Results results;

    @Inject
    private Messages messages;

    public void load() {
        edition = messages.orNotFound(() -> editions.byYear(annee).orElseThrow(Refusal::notFound));
        if (edition != null) {
            palmares = results.palmares(edition);
        }
    }

    public Edition getEdition() {
        return edition;
    }

    public boolean isPublished() {
        return edition != null && edition.getPhase().resultsArePublic();
    }

    public List<Integer> getLevels() {
        return List.copyOf(palmares.keySet());
    }

    public List<Dossier> laureatesWith(int stars) {
        return palmares.get(stars);
    }

    public int getAnnee() {
        return annee;
    }

    public void setAnnee(int annee) {
        this.annee = annee;
    }
}
