package fr.deciderensemble.trophees.pdf;

import java.util.Locale;
import java.util.regex.Pattern;

/** French typographic conventions applied to the texts candidates and staff typed. */
public final class FrenchText {

    static final char NARROW_NO_BREAK_SPACE = '\u202F';
    static final char NO_BREAK_SPACE = '\u00A0';

    private static final Pattern SPACE_BEFORE_HIGH_PUNCTUATION = Pattern.compile("[ \\t\\u00A0]+([;:!?])");
    private static final Pattern SPACE_AFTER_OPENING_QUOTE = Pattern.compile("«[ \\t\\u202F]*");
    private static final Pattern SPACE_BEFORE_CLOSING_QUOTE = Pattern.compile("[ \\t\\u202F]*»");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d) (?=\\d{3}(?!\\d))");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");
    private static final Pattern UPPER_CASE_NAME = Pattern.compile("[\\p{Lu}'’\\- .]+");

    private FrenchText() {
    }

    /**
     * Glues ; : ! ? and the inner sides of « » to their words with a no-break space, so a line never starts with
     * them. Only where the writer put a space: "http://" or "16:30" stay as they are. Also keeps "130 000" on
     * one line and turns the typewriter apostrophe of "l'édition" into the typographic one.
     */
    static String typeset(String text) {
        if (text == null) {
            return null;
        }
        String glued = APOSTROPHE.matcher(text).replaceAll("’");
        glued = THOUSANDS.matcher(glued).replaceAll(String.valueOf(NARROW_NO_BREAK_SPACE));
        glued = SPACE_BEFORE_HIGH_PUNCTUATION.matcher(glued).replaceAll(NARROW_NO_BREAK_SPACE + "$1");
        glued = SPACE_AFTER_OPENING_QUOTE.matcher(glued).replaceAll("«" + NO_BREAK_SPACE);
        return SPACE_BEFORE_CLOSING_QUOTE.matcher(glued).replaceAll(NO_BREAK_SPACE + "»");
    }

    /**
     * "CHANTAL JOUANNO" becomes "Chantal JOUANNO", the French way of writing a name: only the first word (the
     * given name) is recased, since a family name of several words cannot be told apart from a given name.
     */
    public static String personName(String name) {
        if (name == null || !UPPER_CASE_NAME.matcher(name.strip()).matches() || !name.strip().contains(" ")) {
            return name;
        }
        String stripped = name.strip();
        int space = stripped.indexOf(' ');
        return capitalised(stripped.substring(0, space)) + stripped.substring(space);
    }

    /** "JEAN-PIERRE" becomes "Jean-Pierre". */
    private static String capitalised(String word) {
        StringBuilder result = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toLowerCase(Locale.FRENCH).toCharArray()) {
            result.append(start ? Character.toUpperCase(c) : c);
            start = c == '-';
        }
        return result.toString();
    }
}
