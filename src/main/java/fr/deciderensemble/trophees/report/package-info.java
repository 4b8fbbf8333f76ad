/**
 * The annual report (Bilan annuel) of an edition: its figures, charts, PDF and CSV.
 * Uses booklet, palmares, jury, candidacy, account, edition, pdf and platform.
 */
package fr.deciderensemble.trophees.report;
