package fr.deciderensemble.trophees.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Cuts text into lines that fit a width, so that no text runs off a page or out of a table cell. */
public final class LineBreaker {

    private static final String ELLIPSIS = "…";

    private final Glyphs glyphs;

    public LineBreaker(Glyphs glyphs) {
        this.glyphs = glyphs;
    }

    /** Lines of at most {@code lineWidth} points, broken at spaces, and inside words too long for a line. */
    public List<String> wrap(String text, PDFont font, float size, float lineWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        float spaceWidth = glyphs.width(" ", font, size);
        for (String word : Glyphs.normalized(text).trim().split(" +")) {
            for (String piece : splitToFit(word, font, size, lineWidth)) {
                float pieceWidth = glyphs.width(piece, font, size);
                if (line.length() > 0 && used + spaceWidth + pieceWidth > lineWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                if (line.length() > 0) {
                    line.append(' ');
                    used += spaceWidth;
                }
                line.append(piece);
                used += pieceWidth;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text on one line of at most {@code width} points, shortened with an ellipsis if need be. */
    public String fit(String text, PDFont font, float size, float width) throws IOException {
        String line = Glyphs.normalized(text);
        if (glyphs.width(line, font, size) <= width) {
            return line;
        }
        int[] codePoints = line.codePoints().toArray();
        for (int length = codePoints.length - 1; length > 0; length--) {
            String shortened = new String(codePoints, 0, length).stripTrailing() + ELLIPSIS;
            if (glyphs.width(shortened, font, size) <= width) {
                return shortened;
            }
        }
        return ELLIPSIS;
    }

    /** Cuts a word wider than a line (a long URL, say) into pieces that fit, rather than overflowing the page. */
    private List<String> splitToFit(String word, PDFont font, float size, float lineWidth) throws IOException {
        if (glyphs.width(word, font, size) <= lineWidth) {
            return List.of(word);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int codePoint : word.codePoints().toArray()) {
            String character = Character.toString(codePoint);
            if (piece.length() > 0 && glyphs.width(piece + character, font, size) > lineWidth) {
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
}
