/**
 * The jury's journal: every assignment, conflict, sheet, override and decision, with who, when, before and after.
 * It may use edition and platform; the features it records call it, never the reverse.
 */
package fr.deciderensemble.trophees.audit;
