/**
 * Jurors' assignments and proposals, and the president's decisions.
 * Uses candidacy, account, edition and platform.
 */
package fr.deciderensemble.trophees.jury;
