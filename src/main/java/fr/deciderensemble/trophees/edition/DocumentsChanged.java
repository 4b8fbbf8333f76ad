package fr.deciderensemble.trophees.edition;

/** Something this edition's documents print has changed; fired by {@link Editions#documentsChanged}. */
public record DocumentsChanged(long editionId) {
}
