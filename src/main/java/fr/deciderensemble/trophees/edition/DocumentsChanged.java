package fr.deciderensemble.trophees.edition;

/**
 * Something this edition's documents print has changed; fired by {@link Editions#documentsChanged}, and by the
 * import of a past edition, published from the start.
 */
public record DocumentsChanged(long editionId) {
}
