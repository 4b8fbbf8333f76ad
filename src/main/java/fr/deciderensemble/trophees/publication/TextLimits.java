package fr.deciderensemble.trophees.publication;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import fr.deciderensemble.trophees.platform.Text;

/** The checks staff's booklet forms share, with the limits of an imported edition ({@link EditionJson}). */
final class TextLimits {

    private TextLimits() {
    }

    static boolean tooLong(String value, int max) {
        return Text.tooLong(value, max);
    }

    /** More than {@link EditionJson#MAX_ITEMS} entries, or one longer than {@code max}. */
    static boolean tooMany(Collection<String> items, int max) {
        return items.size() > EditionJson.MAX_ITEMS || items.stream().anyMatch(item -> tooLong(item, max));
    }

    /** What the import stores: {@link Text#normalise normalised}, blank as null. */
    static String stored(String value) {
        return Text.normalise(value);
    }

    /** The non-blank entries, normalised. */
    static List<String> entries(List<String> values) {
        return values == null ? List.of() : values.stream().map(Text::normalise).filter(Objects::nonNull).toList();
    }

    /** Whether one of the one-line texts, or of the texts of several lines, holds a control character. */
    static boolean forbiddenCharacters(Stream<String> lines, Stream<String> texts) {
        return lines.anyMatch(line -> Text.hasForbiddenCharacters(line, false))
                || texts.anyMatch(text -> Text.hasForbiddenCharacters(text, true));
    }
}
