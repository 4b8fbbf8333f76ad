package fr.deciderensemble.trophees.platform;

import java.text.Normalizer;
import java.util.List;

/**
 * Typed text as it is checked and stored: composed accents, {@code \n} line endings, no surrounding blanks, and
 * nothing at all rather than an empty string. Length limits are counted on this form, so that a text that passes
 * them fits its column exactly as it is stored.
 */
public final class Text {

    private Text() {
    }

    /** The stored form of a typed text, or {@code null} when nothing but blanks was typed. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * Whether a text holds a character no field accepts: NUL (which PostgreSQL cannot store) or another control
     * character; tabs and line breaks are allowed only where the field has several lines.
     */
    public static boolean hasForbiddenCharacters(String text, boolean multiLine) {
        return text != null && text.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && !(multiLine && (c == '\n' || c == '\t')));
    }

    /**
     * A typed text as it is stored, or {@code null} if nothing was typed; refused with {@code text.forbiddenCharacters}
     * or with {@code tooLongKey} when it cannot be stored.
     */
    public static String accepted(String typed, int max, boolean multiLine, String tooLongKey) {
        String text = normalise(typed);
        if (hasForbiddenCharacters(text, multiLine)) {
            throw new Refusal("text.forbiddenCharacters");
        }
        if (tooLong(text, max)) {
            throw new Refusal(tooLongKey);
        }
        return text;
    }

    /** Whether a normalised text is longer than its column allows; the limit counts UTF-16 units, never fewer than the database's. */
    public static boolean tooLong(String text, int max) {
        return text != null && text.length() > max;
    }

    /** Adds the refusal {@code key} to the problems when the normalised text is longer than {@code max}. */
    public static void refuseTooLong(List<String> problems, String text, int max, String key) {
        if (tooLong(text, max)) {
            problems.add(key);
        }
    }
}
