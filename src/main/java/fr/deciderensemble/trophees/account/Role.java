package fr.deciderensemble.trophees.account;

/** The security roles; their names are the groups the identity store answers. */
public enum Role {
    CANDIDATE, JUROR, JURY_PRESIDENT, STAFF
}
