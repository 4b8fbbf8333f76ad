package fr.deciderensemble.trophees.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import fr.deciderensemble.trophees.publication.Booklet.JuryMember;
import fr.deciderensemble.trophees.publication.Booklet.Laureate;
import fr.deciderensemble.trophees.publication.Booklet.Organisation;
import fr.deciderensemble.trophees.publication.Booklet.Recognition;

/**
 * Renders the laureate booklet of an edition ("Retour sur l’édition") as a tagged PDF/A-2u, PDF/UA-1 file, laid
 * out like the printed 2020 booklet: cover, contents, organisers, jury, laureates by level, closing page.
 */
public class BookletPdf {

    // DejaVu Sans covers French typography (œ, « », ’) and is free to embed: see fonts/LICENSE-DejaVu.txt.
    private static final String REGULAR_FONT = "/fonts/DejaVuSans.ttf";
    private static final String BOLD_FONT = "/fonts/DejaVuSans-Bold.ttf";
    private static final float LOGO_WIDTH = 160;
    private static final float LOGO_HEIGHT = 70;

    public byte[] render(Booklet booklet) {
        try (PDDocument document = new PDDocument()) {
            String title = BookletText.text("documentTitle", booklet.year());
            PdfStandards.declare(document, title, BookletText.text("author"));
            TaggedPdf tags = new TaggedPdf(document);
            PDFont regular = loadFont(document, REGULAR_FONT);
            BookletStyles styles = BookletStyles.of(regular, loadFont(document, BOLD_FONT));
            try (PageWriter writer = new PageWriter(document, tags, regular, title)) {
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

    private static PDFont loadFont(PDDocument document, String resource) throws IOException {
        try (InputStream font = BookletPdf.class.getResourceAsStream(resource)) {
            if (font == null) {
                throw new IOException("Missing font " + resource);
            }
            // Subset embedding: only the glyphs used end up in the file.
            return PDType0Font.load(document, font);
        }
    }

    /** One rendering: the parts in the order they print. */
    private record Layout(Booklet booklet, PDDocument document, TaggedPdf tags, PageWriter writer,
            BookletStyles styles, Contents contents, LaureatePages laureates) {

        Layout(Booklet booklet, PDDocument document, TaggedPdf tags, PageWriter writer, BookletStyles styles) {
            this(booklet, document, tags, writer, styles, new Contents(document),
                    new LaureatePages(writer, tags, styles));
        }

        void write() throws IOException {
            cover();
            // The contents page comes second but is written last, when every part's page is known.
            PDPage contentsPage = writer.newPage(true);
            PDStructureElement contentsHeading = tags.add(tags.document(), "H1");
            PDStructureElement table = tags.add(tags.document(), "TOC");
            boolean fresh = organisations("organisers", booklet.organisers(), true);
            fresh = organisations("partners", booklet.partners(), fresh);
            organisations("supporters", booklet.supporters(), fresh);
            jury();
            for (Recognition recognition : Recognition.values()) {
                level(recognition);
            }
            closing();
            writer.reopen(contentsPage);
            writer.writeInto(contentsHeading, BookletText.text("contents"), styles.h1(), 0);
            writer.skip(12);
            contents.writeTable(writer, tags, table, styles.body());
        }

        private void cover() throws IOException {
            writer.newPage(false);
            writer.skip(200);
            writer.write(tags.document(), "P", booklet.programmeName(), styles.coverTitle());
            writer.skip(40);
            writer.write(tags.document(), "P", String.valueOf(booklet.year()), styles.coverYear());
            writer.skip(30);
            String subtitle = BookletText.text("subtitle");
            if (booklet.editionNumber() != null) {
                subtitle += " — " + BookletText.text("editionNumber", booklet.editionNumber());
            }
            writer.write(tags.document(), "P", subtitle, styles.coverSubtitle());
        }

        /** Organisers, partners and supporters follow one another; returns whether the next needs a new page. */
        private boolean organisations(String key, List<Organisation> organisations, boolean newPage)
                throws IOException {
            if (organisations.isEmpty()) {
                return newPage;
            }
            if (newPage) {
                writer.newPage(true);
            } else {
                writer.keepTogether(200);
                writer.skip(20);
            }
            PDStructureElement part = part(key);
            for (Organisation organisation : organisations) {
                writer.keepTogether(120);
                writer.skip(10);
                PDStructureElement section = tags.add(part, "Sect");
                writer.write(section, "H2", organisation.name(), styles.h2());
                writer.image(section, organisation.logo(), BookletText.text("logo", organisation.name()),
                        LOGO_WIDTH, LOGO_HEIGHT);
                if (LaureatePages.present(organisation.description())) {
                    writer.skip(4);
                    laureates.blocks(section, organisation.description());
                }
            }
            return false;
        }

        private void jury() throws IOException {
            List<JuryMember> presidents = booklet.jury().stream().filter(JuryMember::president).toList();
            List<JuryMember> members = booklet.jury().stream().filter(member -> !member.president()).toList();
            if (booklet.jury().isEmpty()) {
                return;
            }
            writer.newPage(true);
            PDStructureElement part = part("jury");
            juryGroup(part, "jury.president", presidents);
            juryGroup(part, "jury.members", members);
        }

        private void juryGroup(PDStructureElement part, String key, List<JuryMember> members) throws IOException {
            if (members.isEmpty()) {
                return;
            }
            writer.keepTogether(100);
            writer.skip(12);
            PDStructureElement group = tags.add(part, "Sect");
            writer.write(group, "H2", BookletText.text(key), styles.h2());
            for (JuryMember member : members) {
                writer.keepTogether(60);
                writer.skip(8);
                writer.write(group, "H3", FrenchText.personName(member.name()), styles.h3());
                String role = String.join(", ", java.util.stream.Stream.of(member.position(), member.organisation())
                        .filter(LaureatePages::present).toList());
                if (!role.isEmpty()) {
                    writer.write(group, "P", role, styles.body());
                }
                if (LaureatePages.present(member.biography())) {
                    laureates.blocks(group, member.biography());
                }
            }
        }

        /** A divider page stating how many laureates the level has, then the laureates. */
        private void level(Recognition recognition) throws IOException {
            List<Laureate> inLevel = booklet.laureates().stream()
                    .filter(laureate -> laureate.recognition() == recognition).toList();
            if (inLevel.isEmpty()) {
                return;
            }
            writer.newPage(true);
            writer.skip(230);
            int stars = stars(recognition);
            String heading = switch (recognition) {
                case SPECIAL_MENTION -> BookletText.text("mentions");
                case JURY_PRIZE -> BookletText.text("prizes");
                default -> BookletText.text("stars", stars);
            };
            PDStructureElement part = tags.add(tags.document(), "Sect");
            PDOutlineItem bookmark = contents.part(heading, writer);
            writer.write(part, "H1", heading, styles.divider());
            writer.skip(16);
            String count = stars > 0 ? BookletText.text("stars.count", inLevel.size(), stars)
                    : BookletText.text("laureates.count", inLevel.size());
            writer.write(part, "P", count, styles.coverSubtitle());
            writer.newPage(true);
            boolean first = true;
            for (Laureate laureate : inLevel) {
                if (stars >= 3 && !first) {
                    writer.newPage(true);
                }
                first = false;
                contents.item(bookmark, LaureatePages.heading(laureate), writer);
                if (stars == 1 || stars == 2) {
                    laureates.compact(part, laureate);
                } else {
                    laureates.full(part, laureate);
                    if (stars == 4) {
                        laureates.focus(part, laureate);
                    }
                }
            }
        }

        private void closing() throws IOException {
            writer.newPage(true);
            PDStructureElement part = part("closing.title");
            writer.skip(8);
            writer.write(part, "P", BookletText.text("closing.text"), styles.body());
            writer.skip(12);
            writer.write(part, "P", BookletText.text("closing.address"), styles.strong());
        }

        /** A part's heading, listed in the contents and the outline. */
        private PDStructureElement part(String key) throws IOException {
            PDStructureElement part = tags.add(tags.document(), "Sect");
            String heading = BookletText.text(key);
            contents.part(heading, writer);
            writer.write(part, "H1", heading, styles.h1());
            return part;
        }

        private static int stars(Recognition recognition) {
            return switch (recognition) {
                case STARS_4 -> 4;
                case STARS_3 -> 3;
                case STARS_2 -> 2;
                case STARS_1 -> 1;
                default -> 0;
            };
        }
    }
}
