/**
 * Jurors' assignments and proposals, the president's decisions and the recognitions they award; the read models
 * of the pages that show them (Boards); the balanced automatic assignment (AutoAssignment).
 * Uses candidacy, contributors (the jury list), audit, account, edition, notification, pdf (the minutes) and platform.
 */
package fr.deciderensemble.trophees.jury;
