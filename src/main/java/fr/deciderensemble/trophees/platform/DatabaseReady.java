package fr.deciderensemble.trophees.platform;

/**
 * Fired once the database answers and its schema is up to date: what needs the database to start (the process
 * engine, the first accounts) observes it. An observer that fails makes {@link Readiness} try again later, so
 * each must do nothing when what it starts exists already.
 */
public record DatabaseReady() {
}
