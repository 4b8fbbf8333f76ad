/**
 * Jurors' assignments and proposals, the president's decisions and the recognitions they award; the read models
 * of the pages that show them (Boards).
 * Uses candidacy, account, edition and platform.
 */
package fr.deciderensemble.trophees.jury;
