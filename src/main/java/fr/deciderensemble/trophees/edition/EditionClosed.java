package fr.deciderensemble.trophees.edition;

/**
 * Staff closed an edition: its cycle is over. Observed in the process step's own transaction by what must be kept
 * as it stands then (the annual report).
 */
public record EditionClosed(long editionId) {
}
