package fr.deciderensemble.trophees.edition;

/** The edition's results have just gone public; observed in the same transaction by what must follow them. */
public record ResultsPublished(long editionId) {
}
