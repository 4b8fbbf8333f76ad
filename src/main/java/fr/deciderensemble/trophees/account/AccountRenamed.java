package fr.deciderensemble.trophees.account;

/**
 * A person chose another name for their account. Observed in the same transaction by the lists that print the
 * person (the jury of an edition not yet published), so that one name is shown everywhere.
 */
public record AccountRenamed(long accountId, String name) {
}
