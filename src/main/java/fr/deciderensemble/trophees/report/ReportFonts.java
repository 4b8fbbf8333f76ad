package fr.deciderensemble.trophees.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * DejaVu Sans, regular and bold, both as PDF fonts embedded (subset) in one document and as the AWT fonts the
 * charts are laid out with, so that chart text is real text in the same embedded fonts and not a standard 14
 * font the archive format forbids.
 */
final class ReportFonts {

    // DejaVu Sans covers French typography (œ, « », ’) and is free to embed: see fonts/LICENSE-DejaVu.txt.
    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private static final Font AWT_REGULAR = awtFont(REGULAR);
    private static final Font AWT_BOLD = awtFont(BOLD);

    final PDFont regular;
    final PDFont bold;

    ReportFonts(PDDocument document) throws IOException {
        regular = load(document, REGULAR);
        bold = load(document, BOLD);
    }

    static Font awt(boolean bold, float size) {
        return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
    }

    /** A text drawer that writes the charts' text with this document's fonts. */
    PdfBoxGraphics2DFontTextDrawer chartTextDrawer() {
        PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
        drawer.registerFont(AWT_REGULAR.getFontName(), regular);
        drawer.registerFont(AWT_BOLD.getFontName(), bold);
        return drawer;
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream font = open(resource)) {
            return PDType0Font.load(document, font);
        }
    }

    private static Font awtFont(String resource) {
        try (InputStream font = open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, font);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot load font " + resource, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream font = ReportFonts.class.getResourceAsStream(resource);
        if (font == null) {
            throw new IOException("Missing font " + resource);
        }
        return font;
    }
}
