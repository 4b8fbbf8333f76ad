package fr.deciderensemble.trophees.pdf;

import java.awt.Color;
import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Shows and measures text with a font: showing a character the font lacks would throw, and PDF/A forbids the
 * empty .notdef glyph. DejaVu has no emoji nor CJK: such characters print as a visible "□", never silently
 * vanish, and each run of them is a span whose ActualText holds the original characters, which copy and paste,
 * search and screen readers use in place of the squares.
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

    /** Shows one line of text in the font, size and colour, its baseline starting at ({@code x}, {@code baseline}). */
    public void showLine(PDPageContentStream content, String text, PDFont font, float size, Color color, float x,
            float baseline) throws IOException {
        content.setNonStrokingColor(color);
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        show(content, text, font);
        content.endText();
    }

    private void show(PDPageContentStream content, String text, PDFont font) throws IOException {
        if (isShownAsIs(text, font)) {
            content.showText(text);
            return;
        }
        int[] codePoints = text.codePoints().toArray();
        int start = 0;
        while (start < codePoints.length) {
            boolean printable = isPrintable(codePoints[start], font);
            int end = start + 1;
            while (end < codePoints.length && isPrintable(codePoints[end], font) == printable) {
                end++;
            }
            String run = new String(codePoints, start, end - start);
            String printed = printed(run, font);
            if (printable) {
                content.showText(printed);
            } else if (!printed.isEmpty()) {
                showSubstitutes(content, printed, run);
            }
            start = end;
        }
    }

    private static void showSubstitutes(PDPageContentStream content, String substitutes, String original)
            throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setString(COSName.ACTUAL_TEXT, original);
        content.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(properties));
        content.showText(substitutes);
        content.endMarkedContent();
    }

    private String printed(String text, PDFont font) {
        if (isShownAsIs(text, font)) {
            return text;
        }
        StringBuilder printed = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint)) {
                printed.append(' ');
            } else if (isPrintable(codePoint, font)) {
                printed.appendCodePoint(codePoint);
            } else if (isVisible(codePoint)) {
                printed.append(MISSING);
            }
        });
        return printed.toString();
    }

    /** Nearly every line: no substitute, no whitespace but plain spaces. */
    private boolean isShownAsIs(String text, PDFont font) {
        return text.codePoints().allMatch(codePoint -> codePoint == ' '
                || !Character.isWhitespace(codePoint) && isPrintable(codePoint, font));
    }

    private boolean isPrintable(int codePoint, PDFont font) {
        return Character.isWhitespace(codePoint) || known.computeIfAbsent(font, f -> new HashMap<>())
                .computeIfAbsent(codePoint, c -> hasGlyph(font, c));
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
