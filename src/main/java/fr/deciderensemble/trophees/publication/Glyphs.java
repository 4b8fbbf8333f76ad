package fr.deciderensemble.trophees.publication;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Shows and measures text with a font: showing a character the font lacks would throw, and PDF/A forbids the
 * empty .notdef glyph. DejaVu has no emoji nor CJK: such characters print as a visible "□", never silently
 * vanish.
 */
public final class Glyphs {

    static final String MISSING = "□";

    private final Map<PDFont, Map<Integer, Boolean>> known = new HashMap<>();

    /**
     * The text lines are cut from: composed form, so that an "e" followed by a combining accent uses the font's
     * "é", and whitespace of any kind a plain space, where lines break.
     */
    public static String normalized(String text) {
        StringBuilder normalized = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints()
                .forEach(codePoint -> normalized.appendCodePoint(Character.isWhitespace(codePoint) ? ' ' : codePoint));
        return normalized.toString();
    }

    public float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(printed(text, font)) / 1000 * size;
    }

    /** Shows the text at the current text position of the content stream, with the font already set. */
    public void show(PDPageContentStream content, String text, PDFont font) throws IOException {
        content.showText(printed(text, font));
    }

    private String printed(String text, PDFont font) {
        StringBuilder printed = new StringBuilder(text.length());
        Map<Integer, Boolean> glyphs = known.computeIfAbsent(font, f -> new HashMap<>());
        text.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint)) {
                printed.append(' ');
            } else if (glyphs.computeIfAbsent(codePoint, c -> hasGlyph(font, c))) {
                printed.appendCodePoint(codePoint);
            } else if (isVisible(codePoint)) {
                printed.append(MISSING);
            }
        });
        return printed.toString();
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
