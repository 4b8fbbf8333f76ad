package fr.deciderensemble.trophees.booklet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import fr.deciderensemble.trophees.pdf.PageWriter;
import fr.deciderensemble.trophees.pdf.TaggedPdf;

/**
 * The booklet's two ways in: the printed table of contents ("Sommaire", one line per part, each a link) and
 * the outline (bookmarks) with every part and every laureate. Parts are recorded as they are laid out; the
 * table is written last, once their page numbers are known.
 */
final class Contents {

    private record Entry(String title, PDPage page, int pageNumber, float top) {
    }

    private final PDDocument document;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final List<Entry> entries = new ArrayList<>();

    Contents(PDDocument document) {
        this.document = document;
        document.getDocumentCatalog().setDocumentOutline(outline);
    }

    /** A part starting at the writer's position: a line of the table of contents and a top-level bookmark. */
    PDOutlineItem part(String title, PageWriter writer) {
        entries.add(new Entry(title, writer.page(), document.getNumberOfPages(), writer.y()));
        PDOutlineItem item = bookmark(title, writer);
        outline.addLast(item);
        return item;
    }

    /** A bookmark under a part, for a laureate. */
    void item(PDOutlineItem part, String title, PageWriter writer) {
        part.addLast(bookmark(title, writer));
    }

    void writeTable(PageWriter writer, TaggedPdf tags, PDStructureElement table, PageWriter.Style style)
            throws IOException {
        float right = PDRectangle.A4.getWidth() - PageWriter.MARGIN;
        for (Entry entry : entries) {
            PDStructureElement link = tags.add(tags.add(table, "TOCI"), "Link");
            writer.skip(6);
            float top = writer.y();
            writer.writeInto(link, entry.title(), style, 0);
            writer.writeAt(link, String.valueOf(entry.pageNumber()), style, right, writer.y());
            PDAnnotationLink annotation = new PDAnnotationLink();
            annotation.setRectangle(new PDRectangle(PageWriter.MARGIN, writer.y() - 4, right - PageWriter.MARGIN,
                    top - writer.y() + 4));
            annotation.setContents(BookletText.text("link", entry.pageNumber(), entry.title()));
            annotation.setPrinted(true);
            PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
            noBorder.setWidth(0);
            annotation.setBorderStyle(noBorder);
            annotation.setDestination(destination(entry.page(), entry.top()));
            writer.page().getAnnotations().add(annotation);
            tags.attach(annotation, writer.page(), link);
        }
    }

    private static PDOutlineItem bookmark(String title, PageWriter writer) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination(writer.page(), writer.y()));
        return item;
    }

    private static PDPageXYZDestination destination(PDPage page, float top) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop(Math.round(top));
        return destination;
    }
}
