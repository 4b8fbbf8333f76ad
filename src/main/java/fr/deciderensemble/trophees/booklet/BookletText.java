package fr.deciderensemble.trophees.booklet;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The booklet's own words, from the French resource bundle: the booklet is printed in French. */
final class BookletText {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", FRENCH);

    private BookletText() {
    }

    static String text(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString("booklet." + key), FRENCH).format(arguments);
    }
}
