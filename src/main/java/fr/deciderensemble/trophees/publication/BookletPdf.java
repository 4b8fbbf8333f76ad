package fr.deciderensemble.trophees.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import fr.deciderensemble.trophees.publication.Booklet.Laureate;

/** Renders the laureate booklet of an edition ("Retour sur l'édition") as a PDF. */
public class BookletPdf {

    // DejaVu Sans covers French typography (œ, « », ’) and is free to embed: see fonts/LICENSE-DejaVu.txt.
    private static final String REGULAR_FONT = "/fonts/DejaVuSans.ttf";
    private static final String BOLD_FONT = "/fonts/DejaVuSans-Bold.ttf";
    private static final String SUBTITLE = "Retour sur l'édition";

    public byte[] render(Booklet booklet) {
        try (PDDocument document = new PDDocument()) {
            describe(document, booklet);
            PDFont regular = loadFont(document, REGULAR_FONT);
            PDFont bold = loadFont(document, BOLD_FONT);
            try (PageWriter writer = new PageWriter(document, regular)) {
                writeCover(writer, booklet, regular, bold);
                for (int stars = 4; stars >= 1; stars--) {
                    writeLevel(writer, stars, laureatesWith(booklet, stars), regular, bold);
                }
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the booklet of " + booklet.year(), e);
        }
    }

    private static void describe(PDDocument document, Booklet booklet) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Trophées " + booklet.year() + " — " + SUBTITLE);
        info.setAuthor("Décider ensemble");
        // Lets screen readers pick French pronunciation.
        document.getDocumentCatalog().setLanguage("fr-FR");
    }

    private static PDFont loadFont(PDDocument document, String resource) throws IOException {
        try (InputStream font = BookletPdf.class.getResourceAsStream(resource)) {
            if (font == null) {
                throw new IOException("Missing font " + resource);
            }
            // Subset embedding: only the glyphs used end up in the file.
            return PDType0Font.load(document, font);
        }
    }

    private static void writeCover(PageWriter writer, Booklet booklet, PDFont regular, PDFont bold)
            throws IOException {
        writer.newPage(false);
        writer.skip(200);
        writer.writeCentered(booklet.programmeName(), bold, 26);
        writer.skip(40);
        writer.writeCentered(String.valueOf(booklet.year()), bold, 48);
        writer.skip(30);
        writer.writeCentered(SUBTITLE, regular, 18);
    }

    private static List<Laureate> laureatesWith(Booklet booklet, int stars) {
        Booklet.Recognition level = Booklet.Recognition.valueOf("STARS_" + stars);
        return booklet.laureates().stream().filter(laureate -> laureate.recognition() == level).toList();
    }

    /** Each level starts a page, like a chapter; an empty level is left out. */
    private static void writeLevel(PageWriter writer, int stars, List<Laureate> laureates, PDFont regular,
            PDFont bold) throws IOException {
        if (laureates.isEmpty()) {
            return;
        }
        writer.newPage(true);
        writer.write("Lauréats " + stars + (stars == 1 ? " étoile" : " étoiles"), bold, 20);
        writer.write(laureates.size() + (laureates.size() == 1 ? " lauréat" : " lauréats"), regular, 11);
        writer.skip(20);
        for (Laureate laureate : laureates) {
            writeLaureate(writer, laureate, regular, bold);
        }
    }

    private static void writeLaureate(PageWriter writer, Laureate laureate, PDFont regular, PDFont bold)
            throws IOException {
        // Room for the title, the holder and a few lines of text, so a title never ends a page alone.
        writer.keepTogether(80);
        boolean untitled = laureate.title() == null || laureate.title().isBlank();
        String holder = laureate.holder() == null ? "" : laureate.holder();
        writer.write(untitled ? holder : laureate.title(), bold, 13);
        if (!untitled) {
            writer.write(holder, regular, 11);
        }
        if (laureate.approach() != null) {
            writer.skip(4);
            writer.write(laureate.approach(), regular, 10.5f);
        }
        writer.skip(18);
    }
}
