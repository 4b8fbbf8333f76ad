package fr.deciderensemble.trophees.publication;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The checks staff's booklet forms share, with the limits of an imported edition ({@link EditionJson}). */
final class TextLimits {

    private TextLimits() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static boolean tooLong(String value, int max) {
        return value != null && value.strip().length() > max;
    }

    /** More than {@link EditionJson#MAX_ITEMS} entries, or one longer than {@code max}. */
    static boolean tooMany(Collection<String> items, int max) {
        return items.size() > EditionJson.MAX_ITEMS || items.stream().anyMatch(item -> tooLong(item, max));
    }

    /** Stripped, blank as null: what the import stores. */
    static String stored(String value) {
        return blank(value) ? null : value.strip();
    }

    /** The non-blank entries, stripped. */
    static List<String> entries(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
