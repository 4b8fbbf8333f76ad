package fr.deciderensemble.trophees.candidacy;

/**
 * Fired, in its transaction, just before a dossier is erased: the features that refer to it (the jury's assignments,
 * the laureate's text) let go of it first. A record of plain ids, so that observers need nothing of this package.
 */
public record DossierErasing(long dossierId) {
}
