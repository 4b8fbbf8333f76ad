/**
 * Laureates and their recognition, the texts the booklet prints of them, and the public palmarès.
 * Uses jury (whose decisions it publishes), candidacy, edition, media and platform.
 */
package fr.deciderensemble.trophees.palmares;
