/**
 * Laureates and their recognition, the texts the booklet prints of them, and the public palmarès.
 * Uses candidacy, edition, media and platform.
 */
package fr.deciderensemble.trophees.palmares;
