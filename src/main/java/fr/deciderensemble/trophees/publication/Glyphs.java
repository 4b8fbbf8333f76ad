package fr.deciderensemble.trophees.publication;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes text safe to show with a font: showing a character the font lacks would throw, and PDF/A forbids the
 * empty .notdef glyph. DejaVu has no emoji nor CJK: such characters print as a visible "□", never silently
 * vanish.
 */
final class Glyphs {

    static final String MISSING = "□";

    private final Map<PDFont, Map<Integer, Boolean>> known = new HashMap<>();

    String printable(String text, PDFont font) {
        StringBuilder printable = new StringBuilder(text.length());
        Map<Integer, Boolean> glyphs = known.computeIfAbsent(font, f -> new HashMap<>());
        // Composed form, so that an "e" followed by a combining accent uses the font's "é".
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint)) {
                printable.append(' ');
            } else if (glyphs.computeIfAbsent(codePoint, c -> hasGlyph(font, c))) {
                printable.appendCodePoint(codePoint);
            } else if (isVisible(codePoint)) {
                printable.append(MISSING);
            }
        });
        return printable.toString();
    }

    private static boolean hasGlyph(PDFont font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Emoji variation selectors, zero-width joiners, control characters... have nothing to show. */
    private static boolean isVisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.NON_SPACING_MARK
                && type != Character.ENCLOSING_MARK;
    }
}
