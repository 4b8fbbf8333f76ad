package fr.deciderensemble.trophees.security;

import java.time.Duration;

/** What became of one login attempt. */
public record Login(Outcome outcome, SignedIn caller, Duration retryAfter) {

    public enum Outcome {
        /** The credentials open a confirmed account. */
        SIGNED_IN,
        /** Wrong address or password, or an account not yet confirmed: the same answer for all three. */
        REFUSED,
        /** Too many failures lately: the attempt was not even checked. */
        THROTTLED,
        /** Too many logins at once: the attempt waited its turn too long. */
        BUSY
    }

    static Login signedIn(SignedIn caller) {
        return new Login(Outcome.SIGNED_IN, caller, Duration.ZERO);
    }

    static Login refused() {
        return new Login(Outcome.REFUSED, null, Duration.ZERO);
    }

    static Login throttled(Duration retryAfter) {
        return new Login(Outcome.THROTTLED, null, retryAfter);
    }

    static Login busy() {
        return new Login(Outcome.BUSY, null, Duration.ofSeconds(5));
    }

    /** Whole seconds to wait, rounded up, as Retry-After and the login page give them. */
    public long retryAfterSeconds() {
        return (retryAfter.toMillis() + 999) / 1000;
    }
}
