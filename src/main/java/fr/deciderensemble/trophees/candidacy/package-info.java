/**
 * Candidates' dossiers, from draft to submission and admissibility.
 * Uses account, edition, notification and platform.
 */
package fr.deciderensemble.trophees.candidacy;
