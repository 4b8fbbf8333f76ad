package fr.deciderensemble.trophees.publication.report;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Measuring, wrapping and cleaning text for a PDF font. */
final class PdfText {

    private static final String ELLIPSIS = "…";

    private PdfText() {
    }

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Lines of at most {@code width} points, broken at spaces. */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text, font).trim().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, font, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text on one line of at most {@code width} points, shortened with an ellipsis if need be. */
    static String fit(String text, PDFont font, float size, float width) throws IOException {
        String printable = printable(text, font);
        if (width(printable, font, size) <= width) {
            return printable;
        }
        int[] codePoints = printable.codePoints().toArray();
        for (int length = codePoints.length - 1; length > 0; length--) {
            String shortened = new String(codePoints, 0, length).stripTrailing() + ELLIPSIS;
            if (width(shortened, font, size) <= width) {
                return shortened;
            }
        }
        return ELLIPSIS;
    }

    /**
     * Makes text safe to show: showing a character the font lacks would throw. Whitespace of any kind becomes
     * a space, characters without a glyph become "?" (or vanish when invisible, like a zero-width joiner).
     */
    static String printable(String text, PDFont font) {
        StringBuilder printable = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint)) {
                printable.append(' ');
            } else if (hasGlyph(font, codePoint)) {
                printable.appendCodePoint(codePoint);
            } else if (Character.getType(codePoint) != Character.FORMAT
                    && Character.getType(codePoint) != Character.CONTROL) {
                printable.append('?');
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
}
