package fr.deciderensemble.trophees.security;

import java.io.Serializable;
import java.util.Set;

/** Who a session belongs to, from the login on: kept in the session whole, never changed, read by any request. */
public record SignedIn(String email, Set<String> roles) implements Serializable {

    public SignedIn {
        roles = Set.copyOf(roles);
    }
}
