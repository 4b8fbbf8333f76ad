package fr.deciderensemble.trophees.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who a session belongs to, read by any request. The account's id is what holds: the address and roles are
 * refreshed from it, so that a session outlives its owner's change of address; the password's generation is the
 * one it was opened with, so that a new password ends the sessions opened with the old one.
 */
public record SignedIn(long account, String email, Set<String> roles, int passwordGeneration) implements Serializable {

    public SignedIn {
        roles = Set.copyOf(roles);
    }
}
