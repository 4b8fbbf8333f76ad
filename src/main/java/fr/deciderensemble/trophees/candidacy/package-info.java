/**
 * Candidates' dossiers, from draft to submission and admissibility.
 * Uses account, edition, media (files), notification, pdf (receipts) and platform.
 */
package fr.deciderensemble.trophees.candidacy;
