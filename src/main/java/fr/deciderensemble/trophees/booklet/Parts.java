package fr.deciderensemble.trophees.booklet;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import fr.deciderensemble.trophees.pdf.PageWriter.Style;
import fr.deciderensemble.trophees.pdf.PageWriter;
import fr.deciderensemble.trophees.pdf.TaggedPdf;

/** Opens the booklet's parts: a section with its H1 heading, a line in the contents and a bookmark. */
final class Parts {

    record Part(PDStructureElement section, PDOutlineItem bookmark) {
    }

    private static final float RULE_LENGTH = 48;

    private final PageWriter writer;
    private final TaggedPdf tags;
    private final Contents contents;

    Parts(PageWriter writer, TaggedPdf tags, Contents contents) {
        this.writer = writer;
        this.tags = tags;
        this.contents = contents;
    }

    Part open(String heading, Style style) throws IOException {
        PDStructureElement section = tags.add(tags.document(), "Sect");
        PDOutlineItem bookmark = contents.part(heading, writer);
        writer.write(section, "H1", heading, style);
        if (!style.centered()) {
            writer.rule(BookletStyles.GOLD, RULE_LENGTH);
        }
        return new Part(section, bookmark);
    }
}
