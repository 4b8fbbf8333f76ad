/**
 * Candidates' pages under /candidat/: their dossiers.
 * Uses web, candidacy and edition; nothing uses it.
 */
package fr.deciderensemble.trophees.web.candidate;
