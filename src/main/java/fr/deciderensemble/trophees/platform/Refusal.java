package fr.deciderensemble.trophees.platform;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * A request the application turns down for a reason the user can fix. It carries message keys of
 * the resource bundles, never text, and rolls back whatever the request had changed.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    private final List<String> keys;
    private final int status;

    public Refusal(String key) {
        this(400, List.of(key));
    }

    public Refusal(int status, String key) {
        this(status, List.of(key));
    }

    public Refusal(int status, List<String> keys) {
        super(String.join(", ", keys));
        this.keys = List.copyOf(keys);
        this.status = status;
    }

    public static Refusal notFound() {
        return new Refusal(404, "error.notFound");
    }

    public List<String> keys() {
        return keys;
    }

    /** The HTTP status that fits: 400 bad input, 403, 404 or 409. */
    public int status() {
        return status;
    }
}
