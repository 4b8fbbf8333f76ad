package fr.deciderensemble.trophees.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import fr.deciderensemble.trophees.pdf.DocumentFonts;

/**
 * The document's fonts as the AWT fonts the charts are laid out with, so that chart text is written as real text
 * in the same embedded fonts and not in a standard 14 font the archive format forbids.
 */
final class ReportFonts {

    private static final Font AWT_REGULAR = awtFont(DocumentFonts.REGULAR);
    private static final Font AWT_BOLD = awtFont(DocumentFonts.BOLD);

    private ReportFonts() {
    }

    static Font awt(boolean bold, float size) {
        return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
    }

    /** A text drawer that writes the charts' text with this document's fonts. */
    static PdfBoxGraphics2DFontTextDrawer chartTextDrawer(DocumentFonts fonts) {
        PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
        drawer.registerFont(AWT_REGULAR.getFontName(), fonts.regular);
        drawer.registerFont(AWT_BOLD.getFontName(), fonts.bold);
        return drawer;
    }

    private static Font awtFont(String resource) {
        try (InputStream font = DocumentFonts.open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, font);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot load font " + resource, e);
        }
    }
}
