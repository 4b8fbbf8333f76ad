package fr.deciderensemble.trophees.publication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

import fr.deciderensemble.trophees.publication.Booklet.Laureate;
import fr.deciderensemble.trophees.publication.Booklet.Step;
import fr.deciderensemble.trophees.publication.PageWriter.Style;

/** How a laureate prints: in full (4 and 3 stars, mentions, prizes) or in compact form (2 and 1 star). */
final class LaureatePages {

    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");
    private static final String BULLET_ITEM = "- ";
    private static final String BULLET = "•";
    private static final float ITEM_INDENT = 14;

    private final PageWriter writer;
    private final TaggedPdf tags;
    private final BookletStyles styles;

    LaureatePages(PageWriter writer, TaggedPdf tags, BookletStyles styles) {
        this.writer = writer;
        this.tags = tags;
        this.styles = styles;
    }

    /** What names a laureate in headings and bookmarks: its title, else its holder. */
    static String heading(Laureate laureate) {
        if (present(laureate.title())) {
            return laureate.title();
        }
        return present(laureate.holder()) ? laureate.holder() : BookletText.text("untitled");
    }

    void full(PDStructureElement parent, Laureate laureate) throws IOException {
        PDStructureElement section = introduce(parent, laureate, styles.h2());
        writer.image(section, laureate.logo(), BookletText.text("logo", heading(laureate)), 140, 60);
        if (present(laureate.approach())) {
            subheading(section, "approach");
            blocks(section, laureate.approach());
        }
        if (laureate.objectives() != null && !laureate.objectives().isEmpty()) {
            subheading(section, "objectives");
            list(section, laureate.objectives());
        }
        if (present(laureate.targetAudience())) {
            subheading(section, "audience");
            blocks(section, laureate.targetAudience());
        }
        if (laureate.steps() != null && !laureate.steps().isEmpty()) {
            subheading(section, "steps");
            steps(section, laureate.steps());
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
                blocks(section, laureate.focus().text());
            }
        }
        if (present(laureate.results())) {
            subheading(section, "results");
            blocks(section, laureate.results());
        }
    }

    void compact(PDStructureElement parent, Laureate laureate) throws IOException {
        writer.keepTogether(110);
        writer.skip(14);
        PDStructureElement section = introduce(parent, laureate, styles.compactTitle());
        if (present(laureate.approach())) {
            writer.skip(3);
            blocks(section, laureate.approach());
        }
    }

    /** Title, then holder with departments, then the partnership note: who did it and where. */
    private PDStructureElement introduce(PDStructureElement parent, Laureate laureate, Style titleStyle)
            throws IOException {
        PDStructureElement section = tags.add(parent, "Sect");
        writer.write(section, "H2", heading(laureate), titleStyle);
        String holder = present(laureate.title()) ? laureate.holder() : null;
        String where = laureate.departments() == null ? "" : String.join(", ", laureate.departments().stream()
                .filter(LaureatePages::present).toList());
        String who = present(holder) ? holder + (where.isEmpty() ? "" : " (" + where + ")") : where;
        if (!who.isEmpty()) {
            writer.write(section, "P", who, styles.strong());
        }
        if (present(laureate.partnerNote())) {
            writer.write(section, "P", laureate.partnerNote(), styles.body());
        }
        return section;
    }

    private void subheading(PDStructureElement section, String key) throws IOException {
        writer.keepTogether(60);
        writer.skip(8);
        writer.write(section, "H3", BookletText.text(key), styles.h3());
    }

    /** Paragraphs separated by blank lines; lines starting with "- " form bulleted lists. */
    void blocks(PDStructureElement parent, String text) throws IOException {
        for (String block : BLANK_LINE.split(text.strip())) {
            List<String> items = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            for (String line : block.split("\\R")) {
                if (line.startsWith(BULLET_ITEM)) {
                    paragraph(parent, paragraph);
                    items.add(line.substring(BULLET_ITEM.length()));
                } else {
                    if (!items.isEmpty()) {
                        list(parent, items);
                        items.clear();
                    }
                    paragraph.append(paragraph.length() > 0 ? "\n" : "").append(line);
                }
            }
            paragraph(parent, paragraph);
            if (!items.isEmpty()) {
                list(parent, items);
            }
            writer.skip(4);
        }
    }

    private void paragraph(PDStructureElement parent, StringBuilder paragraph) throws IOException {
        if (!paragraph.toString().isBlank()) {
            writer.write(parent, "P", paragraph.toString(), styles.body());
        }
        paragraph.setLength(0);
    }

    private void list(PDStructureElement parent, List<String> items) throws IOException {
        PDStructureElement list = tags.add(parent, "L");
        for (String item : items) {
            PDStructureElement body = listItem(list);
            writer.writeInto(body, item, styles.body(), ITEM_INDENT);
        }
    }

    /** Each step: its title in bold, then its text. */
    private void steps(PDStructureElement parent, List<Step> steps) throws IOException {
        PDStructureElement list = tags.add(parent, "L");
        for (Step step : steps) {
            PDStructureElement body = listItem(list);
            if (present(step.title())) {
                writer.writeInto(body, step.title(), styles.strong(), ITEM_INDENT);
            }
            if (present(step.text())) {
                writer.writeInto(body, step.text(), styles.body(), ITEM_INDENT);
            }
            writer.skip(3);
        }
    }

    private PDStructureElement listItem(PDStructureElement list) throws IOException {
        PDStructureElement item = tags.add(list, "LI");
        writer.label(tags.add(item, "Lbl"), BULLET, styles.body());
        return tags.add(item, "LBody");
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
