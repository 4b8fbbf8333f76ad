package fr.deciderensemble.trophees.web.site;

import java.util.List;
import java.util.stream.Collectors;

import fr.deciderensemble.trophees.candidacy.Department;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.palmares.Laureate;
import fr.deciderensemble.trophees.palmares.PalmaresSection;
import fr.deciderensemble.trophees.palmares.Results;
import fr.deciderensemble.trophees.platform.Refusal;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * resultats.xhtml?annee=…: the palmarès, empty until the ceremony publishes it. Without a year it shows the
 * latest published one, so that an address typed or shared as plain {@code /resultats.xhtml} keeps working.
 */
@Named
@RequestScoped
public class ResultsPage {

    private int annee;
    private Edition edition;
    private List<PalmaresSection> palmares = List.of();

    @Inject
    private Editions editions;

    @Inject
    private Results results;

    @Inject
    private Messages messages;

    public void load() {
        edition = messages.orNotFound(() -> (annee == 0 ? editions.published().stream().findFirst() : editions.byYear(annee))
                .orElseThrow(Refusal::notFound));
        if (edition != null) {
            annee = edition.getYear();
            palmares = results.palmares(edition);
        }
    }

    public Edition getEdition() {
        return edition;
    }

    public boolean isPublished() {
        return edition != null && edition.resultsArePublic();
    }

    public List<PalmaresSection> getSections() {
        return palmares;
    }

    /** The section's fragment identifier, which links to a level rely on: stars-4 down to stars-1. */
    public String anchor(PalmaresSection section) {
        return switch (section.recognition()) {
            case SPECIAL_MENTION -> "special-mentions";
            case JURY_PRIZE -> "jury-prizes";
            default -> "stars-" + section.recognition().stars();
        };
    }

    /** "Loire-Atlantique (44)", as the annual report names them; a name stored as such stays as it is. */
    public String departmentsOf(Laureate laureate) {
        return laureate.getDepartments().stream().map(Department::printed).collect(Collectors.joining(", "));
    }

    public int getAnnee() {
        return annee;
    }

    public void setAnnee(int annee) {
        this.annee = annee;
    }
}
