package fr.deciderensemble.trophees.publication;

import java.io.Closeable;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes word-wrapped lines from the top of A4 pages down, adding a page whenever the current one is
 * full, so that no text is ever cut off.
 */
final class PageWriter implements Closeable {

    private static final PDRectangle PAGE_SIZE = PDRectangle.A4;
    private static final float MARGIN = 56; // about 2 cm
    private static final float TEXT_WIDTH = PAGE_SIZE.getWidth() - 2 * MARGIN;
    private static final float LINE_SPACING = 1.35f;
    private static final float FOOTER_SIZE = 9;
    private static final String MISSING_GLYPH = "?";

    private final PDDocument document;
    private final PDFont footerFont;
    private PDPageContentStream content;
    private float y;

    PageWriter(PDDocument document, PDFont footerFont) {
        this.document = document;
        this.footerFont = footerFont;
    }

    /** Starts a page; a numbered one gets its page number in the footer. */
    void newPage(boolean numbered) throws IOException {
        close(); // finishes the previous page
        PDPage page = new PDPage(PAGE_SIZE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE_SIZE.getHeight() - MARGIN;
        if (numbered) {
            String number = String.valueOf(document.getNumberOfPages());
            show(number, footerFont, FOOTER_SIZE, centeredX(number, footerFont, FOOTER_SIZE), MARGIN / 2);
        }
    }

    /** Leaves a vertical gap. */
    void skip(float points) {
        y -= points;
    }

    /** Moves to a new page unless {@code height} points are left, so that a block's start is not stranded. */
    void keepTogether(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage(true);
        }
    }

    void write(String text, PDFont font, float size) throws IOException {
        write(text, font, size, false);
    }

    void writeCentered(String text, PDFont font, float size) throws IOException {
        write(text, font, size, true);
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** Each line break of the text starts a new line; blank lines are dropped. */
    private void write(String text, PDFont font, float size, boolean centered) throws IOException {
        for (String paragraph : text.split("\\R")) {
            for (String line : wrap(printable(paragraph, font), font, size)) {
                float leading = size * LINE_SPACING;
                if (y - leading < MARGIN) {
                    newPage(true);
                }
                y -= leading;
                show(line, font, size, centered ? centeredX(line, font, size) : MARGIN, y);
            }
        }
    }

    private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private static float centeredX(String text, PDFont font, float size) throws IOException {
        return (PAGE_SIZE.getWidth() - width(text, font, size)) / 2;
    }

    private static List<String> wrap(String text, PDFont font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float spaceWidth = width(" ", font, size);
        for (String word : text.trim().split(" +")) {
            for (String piece : splitToFit(word, font, size)) {
                float pieceWidth = width(piece, font, size);
                if (line.length() > 0 && lineWidth + spaceWidth + pieceWidth > TEXT_WIDTH) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (line.length() > 0) {
                    line.append(' ');
                    lineWidth += spaceWidth;
                }
                line.append(piece);
                lineWidth += pieceWidth;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Cuts a word wider than a line (a long URL, say) into pieces that fit, rather than overflowing the page. */
    private static List<String> splitToFit(String word, PDFont font, float size) throws IOException {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int codePoint : word.codePoints().toArray()) {
            String character = Character.toString(codePoint);
            if (piece.length() > 0 && width(piece + character, font, size) > TEXT_WIDTH) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(character);
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /**
     * Makes text safe to show with the font: showing a character the font lacks would throw. Spaces of
     * any kind become plain spaces (the only ones wrapping breaks at: no-break spaces stay as they are),
     * invisible characters without a glyph are dropped and visible ones are replaced.
     */
    private static String printable(String text, PDFont font) {
        StringBuilder printable = new StringBuilder(text.length());
        // Composed form, so that an "e" followed by a combining accent uses the font's "é".
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint)) {
                printable.append(' ');
            } else if (hasGlyph(font, codePoint)) {
                printable.appendCodePoint(codePoint);
            } else if (isVisible(codePoint)) {
                printable.append(MISSING_GLYPH);
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
