/**
 * An edition in and out as the JSON of its booklet: the strict reader, the writer and the import.
 * Uses booklet, palmares, jury, contributors, edition and platform.
 */
package fr.deciderensemble.trophees.exchange;
