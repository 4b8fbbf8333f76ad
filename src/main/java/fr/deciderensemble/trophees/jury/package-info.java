/**
 * Jurors' assignments and proposals, the president's decisions and the recognitions they award; the read models
 * of the pages that show them (Boards); the balanced automatic assignment (AutoAssignment).
 * Uses candidacy, account, edition, notification and platform.
 */
package fr.deciderensemble.trophees.jury;
