package fr.deciderensemble.trophees.palmares;

import java.util.List;

import fr.deciderensemble.trophees.edition.Edition;

/**
 * All that candidat/dossiers.xhtml shows, read in one call: the candidate's dossiers, each with what they may know of
 * its fate, and the edition open for submissions, if any (null otherwise), to which a new dossier would go.
 */
public record CandidateDossiers(List<Outcome> outcomes, Edition openEdition) {
}
