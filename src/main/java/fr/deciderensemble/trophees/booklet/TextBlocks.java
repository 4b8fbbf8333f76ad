package fr.deciderensemble.trophees.booklet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

import fr.deciderensemble.trophees.booklet.Booklet.Step;
import fr.deciderensemble.trophees.pdf.PageWriter;
import fr.deciderensemble.trophees.pdf.TaggedPdf;

/** Running text as staff type it: paragraphs separated by blank lines, bulleted items starting with "- ". */
final class TextBlocks {

    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");
    private static final String BULLET_ITEM = "- ";
    private static final String BULLET = "•";
    private static final float ITEM_INDENT = 14;

    private final PageWriter writer;
    private final TaggedPdf tags;
    private final BookletStyles styles;

    TextBlocks(PageWriter writer, TaggedPdf tags, BookletStyles styles) {
        this.writer = writer;
        this.tags = tags;
        this.styles = styles;
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    void write(PDStructureElement parent, String text) throws IOException {
        for (String block : BLANK_LINE.split(text.strip())) {
            List<String> items = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            for (String line : block.split("\\R")) {
                if (line.startsWith(BULLET_ITEM)) {
                    paragraph(parent, paragraph);
                    items.add(line.substring(BULLET_ITEM.length()));
                } else {
                    list(parent, items);
                    items.clear();
                    paragraph.append(paragraph.length() > 0 ? "\n" : "").append(line);
                }
            }
            paragraph(parent, paragraph);
            list(parent, items);
            writer.skip(4);
        }
    }

    /** A bulleted list; nothing when there are no items. */
    void list(PDStructureElement parent, List<String> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        PDStructureElement list = tags.add(parent, "L");
        for (String item : items.stream().filter(TextBlocks::present).toList()) {
            writer.writeInto(item(list), item, styles.body(), ITEM_INDENT);
        }
    }

    /** The project's steps as a bulleted list: each step's title in bold, then its text; either may be missing. */
    void steps(PDStructureElement parent, List<Step> steps) throws IOException {
        PDStructureElement list = tags.add(parent, "L");
        for (Step step : steps) {
            if (present(step.title()) && present(step.text())) {
                // A step's title stays with the first three lines of its text, the fewest a paragraph starts with.
                writer.keepTogether(writer.height(step.title(), styles.strong(), ITEM_INDENT)
                        + PageWriter.linesHeight(3, styles.body()));
            }
            PDStructureElement body = item(list);
            if (present(step.title())) {
                writer.writeInto(body, step.title(), styles.strong(), ITEM_INDENT);
            }
            if (present(step.text())) {
                writer.writeInto(body, step.text(), styles.body(), ITEM_INDENT);
            }
            writer.skip(3);
        }
    }

    private void paragraph(PDStructureElement parent, StringBuilder paragraph) throws IOException {
        if (!paragraph.toString().isBlank()) {
            writer.write(parent, "P", paragraph.toString(), styles.body());
        }
        paragraph.setLength(0);
    }

    /** A list item: its bullet (Lbl) drawn in the margin, and the body to write into. */
    private PDStructureElement item(PDStructureElement list) throws IOException {
        PDStructureElement item = tags.add(list, "LI");
        writer.label(tags.add(item, "Lbl"), BULLET, styles.body());
        return tags.add(item, "LBody");
    }
}
