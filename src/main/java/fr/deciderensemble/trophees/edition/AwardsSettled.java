package fr.deciderensemble.trophees.edition;

/**
 * The deliberation of an edition run here has just ended: its awards are settled. Observed in the process step's
 * own transaction by what must follow them (the laureates' booklet texts).
 */
public record AwardsSettled(long editionId) {
}
