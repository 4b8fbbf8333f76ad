package fr.deciderensemble.trophees.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The failed logins of one account or one client address: how many in a row, and until when the next attempt
 * must wait. The first few are free (a typo, a forgotten capital); each later one doubles the wait, up to a cap.
 * Kept as text ({@code "count:epochMillis"}), a value the cluster's cache stores and compares without our classes.
 */
record Failures(int count, Instant waitUntil) {

    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    static final Failures NONE = new Failures(0, Instant.EPOCH);

    static Failures parse(String stored) {
        if (stored == null) {
            return NONE;
        }
        int colon = stored.indexOf(':');
        return new Failures(Integer.parseInt(stored.substring(0, colon)),
                Instant.ofEpochMilli(Long.parseLong(stored.substring(colon + 1))));
    }

    String stored() {
        return count + ":" + waitUntil.toEpochMilli();
    }

    /** One more failure at {@code now}, of which {@code free} cost no wait. */
    Failures failed(Instant now, int free) {
        int failures = count + 1;
        if (failures <= free) {
            return new Failures(failures, waitUntil);
        }
        int doublings = Math.min(failures - free - 1, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return new Failures(failures, now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait));
    }

    /** How long an attempt made at {@code now} must still wait; zero when it may go ahead. */
    Duration waitAt(Instant now) {
        return now.isBefore(waitUntil) ? Duration.between(now, waitUntil) : Duration.ZERO;
    }
}
