/**
 * Editions, their dates and phases, and the edition process as the domain sees it (EditionProcess).
 * Uses platform only; tells other features what happened through CDI events.
 */
package fr.deciderensemble.trophees.edition;
