package fr.deciderensemble.trophees.platform;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The limits of the texts an edition publishes (the booklet's, the palmarès'), which the entities' columns, staff's
 * forms and the JSON exchange all take from here, and the checks they share.
 */
public final class TextLimits {

    /** A name, a title, a one-line entry. */
    public static final int SHORT = 200;
    /** Running text of several paragraphs. */
    public static final int LONG = 5000;
    /** One entry of a list (an objective, a step's text). */
    public static final int ITEM = 1000;
    /** Entries of one list. */
    public static final int MAX_ITEMS = 20;

    private TextLimits() {
    }

    public static boolean tooLong(String value, int max) {
        return Text.tooLong(value, max);
    }

    /** More than {@link #MAX_ITEMS} entries, or one longer than {@code max}. */
    public static boolean tooMany(Collection<String> items, int max) {
        return items.size() > MAX_ITEMS || items.stream().anyMatch(item -> tooLong(item, max));
    }

    /** What the import stores: {@link Text#normalise normalised}, blank as null. */
    public static String stored(String value) {
        return Text.normalise(value);
    }

    /** The non-blank entries, normalised. */
    public static List<String> entries(List<String> values) {
        return values == null ? List.of() : values.stream().map(Text::normalise).filter(Objects::nonNull).toList();
    }

    /** Whether one of the one-line texts, or of the texts of several lines, holds a control character. */
    public static boolean forbiddenCharacters(Stream<String> lines, Stream<String> texts) {
        return lines.anyMatch(line -> Text.hasForbiddenCharacters(line, false))
                || texts.anyMatch(text -> Text.hasForbiddenCharacters(text, true));
    }
}
