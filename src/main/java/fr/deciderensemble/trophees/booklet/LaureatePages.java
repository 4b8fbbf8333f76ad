package fr.deciderensemble.trophees.booklet;

import static fr.deciderensemble.trophees.booklet.TextBlocks.present;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

import fr.deciderensemble.trophees.booklet.Booklet.Laureate;
import fr.deciderensemble.trophees.pdf.PageWriter.Style;
import fr.deciderensemble.trophees.pdf.PageWriter;
import fr.deciderensemble.trophees.pdf.TaggedPdf;

/** How a laureate prints: in full (4 and 3 stars, mentions, prizes) or in compact form (2 and 1 star). */
final class LaureatePages {

    private static final float LOGO_WIDTH = 140;
    private static final float LOGO_HEIGHT = 60;

    private final PageWriter writer;
    private final TaggedPdf tags;
    private final BookletStyles styles;
    private final TextBlocks text;

    LaureatePages(PageWriter writer, TaggedPdf tags, BookletStyles styles, TextBlocks text) {
        this.writer = writer;
        this.tags = tags;
        this.styles = styles;
        this.text = text;
    }

    /** What names a laureate in headings and bookmarks: its title, else its holder. */
    static String heading(Laureate laureate) {
        if (present(laureate.title())) {
            return laureate.title();
        }
        return present(laureate.holder()) ? laureate.holder() : BookletText.text("untitled");
    }

    /** Démarche, Objectifs, Public cible, Étapes du projet: each left out when the dossier has none. */
    void full(PDStructureElement parent, Laureate laureate) throws IOException {
        PDStructureElement section = introduce(parent, laureate, styles.h2());
        writer.image(section, laureate.logo(), BookletText.text("logoAlt", heading(laureate)), LOGO_WIDTH, LOGO_HEIGHT);
        if (present(laureate.approach())) {
            subheading(section, "approach");
            text.write(section, laureate.approach());
        }
        if (laureate.objectives() != null && laureate.objectives().stream().anyMatch(TextBlocks::present)) {
            subheading(section, "objectives");
            text.list(section, laureate.objectives().stream().filter(TextBlocks::present)
                    .toList());
        }
        if (present(laureate.targetAudience())) {
            subheading(section, "audience");
            text.write(section, laureate.targetAudience());
        }
        if (laureate.steps() != null && !laureate.steps().isEmpty()) {
            subheading(section, "steps");
            text.steps(section, laureate.steps());
        }
    }

    /** The focus page of a 4-star laureate; left out when there is nothing to put on it. */
    void focus(PDStructureElement parent, Laureate laureate) throws IOException {
        boolean focus = laureate.focus() != null
                && (present(laureate.focus().heading()) || present(laureate.focus().text()));
        if (!focus && !present(laureate.results())) {
            return;
        }
        writer.newPage(true);
        PDStructureElement section = tags.add(parent, "Sect");
        if (focus) {
            subheading(section, "focus");
            if (present(laureate.focus().heading())) {
                writer.write(section, "P", laureate.focus().heading(), styles.strong());
            }
            if (present(laureate.focus().text())) {
                text.write(section, laureate.focus().text());
            }
        }
        if (present(laureate.results())) {
            subheading(section, "results");
            text.write(section, laureate.results());
        }
    }

    /** Title, holder, departments and the approach summary, several laureates to a page. */
    void compact(PDStructureElement parent, Laureate laureate) throws IOException {
        // A title of two lines, its stars, holder and partner note, and the approach's first three lines (the fewest a
        // paragraph starts with, see ParagraphBreaks) stay together.
        writer.keepTogether(14 + PageWriter.linesHeight(2, styles.compactTitle())
                + PageWriter.linesHeight(1, styles.laureateStars()) + PageWriter.linesHeight(1, styles.strong())
                + PageWriter.linesHeight(1, styles.body()) + 3 + PageWriter.linesHeight(3, styles.body()));
        writer.skip(14);
        PDStructureElement section = introduce(parent, laureate, styles.compactTitle());
        if (present(laureate.approach())) {
            writer.skip(3);
            text.write(section, laureate.approach());
        }
    }

    /** Title, then holder with departments, then the partnership note: who did it and where. */
    private PDStructureElement introduce(PDStructureElement parent, Laureate laureate, Style titleStyle)
            throws IOException {
        PDStructureElement section = tags.add(parent, "Sect");
        String where = laureate.departments() == null ? ""
                : String.join(", ", laureate.departments().stream().filter(TextBlocks::present).toList());
        String place = where.isEmpty() ? "" : " (" + where + ")";
        boolean titled = present(laureate.title());
        boolean byHolder = !titled && present(laureate.holder());
        // Without a title the holder names the laureate, where included, on one line, as the 2020 booklet printed it.
        writer.write(section, "H2", byHolder ? laureate.holder() + place : heading(laureate), titleStyle);
        if (laureate.recognition().stars() > 0) {
            writer.ornament(laureate.recognition().starSymbols(), styles.laureateStars());
        }
        if (present(laureate.recognitionTitle())) {
            writer.write(section, "P", laureate.recognitionTitle(), styles.laureateStars());
        }
        String who = byHolder ? "" : titled && present(laureate.holder()) ? laureate.holder() + place : where;
        if (!who.isEmpty()) {
            writer.write(section, "P", who, styles.strong());
        }
        if (present(laureate.partnerNote())) {
            writer.write(section, "P", laureate.partnerNote(), styles.body());
        }
        return section;
    }

    private void subheading(PDStructureElement section, String key) throws IOException {
        // With the first three lines of its text, the fewest a paragraph starts with.
        writer.keepTogether(8 + PageWriter.linesHeight(1, styles.h3()) + PageWriter.linesHeight(3, styles.body()) + 1);
        writer.skip(8);
        writer.write(section, "H3", BookletText.text(key), styles.h3());
    }
}
