/**
 * What every feature stands on: the datasource and its migrations, readiness and health, the process engine, text rules.
 * Knows no feature.
 */
package fr.deciderensemble.trophees.platform;
