package fr.deciderensemble.trophees.pdf;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, embedded (subset) in one document: the archive format forbids the standard 14
 * fonts, and DejaVu covers French typography (œ, « », ’) and is free to embed (see fonts/LICENSE-DejaVu.txt).
 */
public final class DocumentFonts {

    public static final String REGULAR = "/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    public final PDFont regular;
    public final PDFont bold;

    public DocumentFonts(PDDocument document) throws IOException {
        regular = load(document, REGULAR);
        bold = load(document, BOLD);
    }

    /** One of the fonts above as a stream, for a caller that needs it in another form (AWT, for charts). */
    public static InputStream open(String resource) throws IOException {
        InputStream font = DocumentFonts.class.getResourceAsStream(resource);
        if (font == null) {
            throw new IOException("Missing font " + resource);
        }
        return font;
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream font = open(resource)) {
            return PDType0Font.load(document, font);
        }
    }
}
