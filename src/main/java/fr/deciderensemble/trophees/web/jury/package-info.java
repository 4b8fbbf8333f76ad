/**
 * Jurors' and the president's pages under /jury/: scoring and deliberation.
 * Uses web, jury, candidacy and edition; nothing uses it.
 */
package fr.deciderensemble.trophees.web.jury;
