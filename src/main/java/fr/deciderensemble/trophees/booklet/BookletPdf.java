package fr.deciderensemble.trophees.booklet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

import fr.deciderensemble.trophees.booklet.Booklet.Laureate;
import fr.deciderensemble.trophees.jury.Recognition;
import fr.deciderensemble.trophees.pdf.DocumentFonts;
import fr.deciderensemble.trophees.pdf.PageWriter;
import fr.deciderensemble.trophees.pdf.PdfStandards;
import fr.deciderensemble.trophees.pdf.TaggedPdf;

/**
 * Renders the laureate booklet of an edition ("Retour sur l’édition") as a tagged PDF/A-2u, PDF/UA-1 file, laid
 * out like the printed 2020 booklet: cover, contents, organisers, jury, laureates by level, closing page.
 */
public class BookletPdf {

    public byte[] render(Booklet booklet) {
        try (PDDocument document = new PDDocument()) {
            String title = BookletText.text("documentTitle", booklet.year());
            PdfStandards.declare(document, title, BookletText.text("author"));
            TaggedPdf tags = new TaggedPdf(document);
            DocumentFonts fonts = new DocumentFonts(document);
            BookletStyles styles = BookletStyles.of(fonts.regular, fonts.bold);
            try (PageWriter writer = new PageWriter(document, tags, fonts.regular, title)) {
                new Layout(booklet, document, tags, writer, styles).write();
            }
            tags.finish();
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the booklet of " + booklet.year(), e);
        }
    }

    /** One rendering: the parts in the order they print. */
    private static final class Layout {

        private final Booklet booklet;
        private final TaggedPdf tags;
        private final PageWriter writer;
        private final BookletStyles styles;
        private final Contents contents;
        private final Parts parts;
        private final TextBlocks text;
        private final LaureatePages laureates;

        Layout(Booklet booklet, PDDocument document, TaggedPdf tags, PageWriter writer, BookletStyles styles) {
            this.booklet = booklet;
            this.tags = tags;
            this.writer = writer;
            this.styles = styles;
            this.contents = new Contents(document);
            this.parts = new Parts(writer, tags, contents);
            this.text = new TextBlocks(writer, tags, styles);
            this.laureates = new LaureatePages(writer, tags, styles, text);
        }

        void write() throws IOException {
            cover();
            // The contents page comes second but is written last, when every part's page is known.
            PDPage contentsPage = writer.newPage(true);
            PDStructureElement contentsHeading = tags.add(tags.document(), "H1");
            PDStructureElement table = tags.add(tags.document(), "TOC");
            PeoplePages people = new PeoplePages(writer, tags, styles, parts, text);
            people.organisations(booklet);
            people.jury(booklet.jury());
            for (Recognition recognition : Recognition.values()) {
                level(recognition);
            }
            closing();
            writer.reopen(contentsPage);
            writer.writeInto(contentsHeading, BookletText.text("contents"), styles.h1(), 0);
            writer.skip(12);
            contents.writeTable(writer, tags, table, styles.body());
        }

        /** White on the programme's blue, four gold stars above the title, the organisation at the foot. */
        private void cover() throws IOException {
            writer.newPage(false, BookletStyles.BRAND);
            writer.skip(140);
            writer.ornament(Recognition.STARS_4.starSymbols(), styles.coverStars());
            writer.skip(24);
            writer.write(tags.document(), "P", booklet.programmeName(), styles.coverTitle());
            writer.skip(36);
            writer.write(tags.document(), "P", String.valueOf(booklet.year()), styles.coverYear());
            writer.skip(30);
            String subtitle = BookletText.text("subtitle");
            if (booklet.editionNumber() != null) {
                subtitle += " — " + BookletText.text("editionNumber", booklet.editionNumber());
            }
            writer.write(tags.document(), "P", subtitle, styles.coverSubtitle());
            writer.skip(writer.y() - 2 * PageWriter.MARGIN);
            writer.write(tags.document(), "P", BookletText.text("author"), styles.coverSubtitle());
        }

        /** A divider page stating how many laureates the level has, then the laureates. */
        private void level(Recognition recognition) throws IOException {
            List<Laureate> inLevel = booklet.laureates().stream()
                    .filter(laureate -> laureate.recognition() == recognition).toList();
            if (inLevel.isEmpty()) {
                return;
            }
            writer.newPage(true, BookletStyles.DIVIDER_PAPER);
            writer.skip(200);
            int stars = recognition.stars();
            if (stars > 0) {
                writer.ornament(recognition.starSymbols(), styles.dividerStars());
                writer.skip(12);
            }
            String heading = switch (recognition) {
                case SPECIAL_MENTION -> BookletText.text("mentions");
                case JURY_PRIZE -> BookletText.text("prizes");
                default -> BookletText.text("stars", stars);
            };
            Parts.Part part = parts.open(heading, styles.divider());
            writer.skip(16);
            String count = stars > 0 ? BookletText.text("stars.count", inLevel.size(), stars)
                    : BookletText.text("laureates.count", inLevel.size());
            writer.write(part.section(), "P", count, styles.dividerCount());
            writer.newPage(true);
            boolean first = true;
            for (Laureate laureate : inLevel) {
                // From 3 stars up, a laureate has its own page.
                if (stars >= 3 && !first) {
                    writer.newPage(true);
                }
                first = false;
                contents.item(part.bookmark(), LaureatePages.heading(laureate), writer);
                if (stars == 1 || stars == 2) {
                    laureates.compact(part.section(), laureate);
                } else {
                    laureates.full(part.section(), laureate);
                    if (stars == 4) {
                        laureates.focus(part.section(), laureate);
                    }
                }
            }
        }

        private void closing() throws IOException {
            writer.newPage(true);
            PDStructureElement part = parts.open(BookletText.text("closing.title"), styles.h1()).section();
            writer.skip(8);
            writer.write(part, "P", BookletText.text("closing.text"), styles.body());
            writer.skip(12);
            writer.write(part, "P", BookletText.text("closing.address"), styles.strong());
        }
    }
}
