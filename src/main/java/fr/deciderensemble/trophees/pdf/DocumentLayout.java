package fr.deciderensemble.trophees.pdf;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays a document (the annual report, the jury's minutes) out from the top of A4 pages down: headings, text,
 * tables and charts, starting a new page when a block would not fit, so that nothing is cut off and no heading is
 * left alone at a page's foot. Every block is tagged in the document's logical structure as it is drawn.
 */
public final class DocumentLayout implements Closeable {

    private static final float MARGIN = 56; // about 2 cm
    public static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float ROW_HEIGHT = 17;
    private static final float CELL_SIZE = 9.5f;
    private static final float TEXT_SIZE = 10.5f;
    /**
     * What a heading keeps below it at least: three lines of text, the fewest that let any paragraph start under it
     * ({@link ParagraphBreaks} moves one that would leave a line alone), and a little for rounding.
     */
    private static final float UNDER_HEADING = ParagraphBreaks.LINE_SPACING * TEXT_SIZE * 3 + 2;
    private static final Color RULE = new Color(0xD5, 0xDB, 0xE3);
    private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF5);

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final TaggedPdf tags;
    private final Glyphs glyphs = new Glyphs();
    private final LineBreaker lines = new LineBreaker(glyphs);
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    public DocumentLayout(PDDocument document, DocumentFonts fonts) {
        this.document = document;
        this.fonts = fonts;
        this.tags = new TaggedPdf(document);
    }

    public void newPage() throws IOException {
        close();
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        tags.register(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    public void title(String text, String subtitle) throws IOException {
        line(text, fonts.bold, 26, Palette.BRAND, element(StandardStructureTypes.H1));
        y -= 6;
        line(subtitle, fonts.regular, 13, Color.DARK_GRAY, element(StandardStructureTypes.P));
        y -= 10;
        TaggedPdf.artifact(content, () -> rule(Palette.BRAND, 1.5f));
        y -= 8;
    }

    /** A section heading, kept with at least {@code following} points of what comes under it. */
    public void heading(String text, float following) throws IOException {
        keepTogether(44 + Math.max(following, UNDER_HEADING));
        y -= 18;
        line(text, fonts.bold, 16, Palette.BRAND, element(StandardStructureTypes.H2));
        y -= 4;
    }

    public void subheading(String text, float following) throws IOException {
        keepTogether(28 + Math.max(following, UNDER_HEADING));
        y -= 10;
        line(text, fonts.bold, 12, Color.BLACK, element(StandardStructureTypes.H3));
        y -= 2;
    }

    public void text(String text) throws IOException {
        keepTogether(16);
        line(text, fonts.regular, TEXT_SIZE, Color.BLACK, element(StandardStructureTypes.P));
    }

    public static float tableHeight(int rows) {
        return (rows + 1) * ROW_HEIGHT + 8;
    }

    /** A table whose first column is text and the others figures, right-aligned; widths are fractions of the line. */
    public void table(List<String> header, List<List<String>> rows, float[] widths) throws IOException {
        table(header, rows, widths, 1);
    }

    /**
     * A table whose first {@code textColumns} columns are text, left-aligned, and the others figures, right-aligned.
     * Each cell holds one line: longer text is cut, so that a table is for short values only.
     */
    public void table(List<String> header, List<List<String>> rows, float[] widths, int textColumns)
            throws IOException {
        keepTogether(tableHeight(Math.min(rows.size(), 3)));
        PDStructureElement table = element(StandardStructureTypes.TABLE);
        y -= 4;
        row(header, widths, true, table, textColumns);
        for (List<String> cells : rows) {
            keepTogether(ROW_HEIGHT);
            row(cells, widths, false, table, textColumns);
        }
        y -= 4;
    }

    /** Places a chart drawn {@link #WIDTH} wide and {@code height} high; {@code description} is read in its place. */
    public void chart(PDFormXObject chart, float height, String description) throws IOException {
        keepTogether(height + 8);
        y -= height + 4;
        PDStructureElement figure = element(StandardStructureTypes.Figure);
        figure.setAlternateDescription(description);
        tags.tagged(content, page, figure, () -> {
            content.saveGraphicsState();
            content.transform(Matrix.getTranslateInstance(MARGIN, y));
            content.drawForm(chart);
            content.restoreGraphicsState();
        });
        y -= 4;
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** Numbers every page at its foot once all of them exist, so that the total is known; ends the document. */
    public void finish(String label) throws IOException {
        finish(label, Locale.FRENCH);
    }

    /** The same, with "page 2 of 3" for a document in English. */
    public void finish(String label, Locale language) throws IOException {
        String of = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? " of " : " sur ";
        close();
        tags.finish();
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = label + " — page " + (i + 1) + of + total;
                float x = MARGIN + WIDTH - glyphs.width(text, fonts.regular, 8);
                TaggedPdf.pagination(footer,
                        () -> glyphs.showLine(footer, text, fonts.regular, 8, Color.GRAY, x, MARGIN / 2));
            }
        }
    }

    private void row(List<String> cells, float[] widths, boolean header, PDStructureElement table, int textColumns)
            throws IOException {
        PDFont font = header ? fonts.bold : fonts.regular;
        y -= ROW_HEIGHT;
        if (header) {
            TaggedPdf.artifact(content, () -> {
                content.setNonStrokingColor(HEADER_FILL);
                content.addRect(MARGIN, y, WIDTH, ROW_HEIGHT);
                content.fill();
            });
        }
        PDStructureElement row = tags.add(table, StandardStructureTypes.TR);
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float cellWidth = widths[i] * WIDTH;
            String text = lines.fit(cells.get(i), font, CELL_SIZE, cellWidth - 8);
            float textX = i < textColumns ? x + 4 : x + cellWidth - 4 - glyphs.width(text, font, CELL_SIZE);
            tags.tagged(content, page, cell(row, header),
                    () -> glyphs.showLine(content, text, font, CELL_SIZE, Color.BLACK, textX, y + 5));
            x += cellWidth;
        }
        TaggedPdf.artifact(content, () -> rule(RULE, 0.5f));
    }

    private PDStructureElement cell(PDStructureElement row, boolean header) {
        if (!header) {
            return tags.add(row, StandardStructureTypes.TD);
        }
        PDStructureElement cell = tags.add(row, StandardStructureTypes.TH);
        PDTableAttributeObject scope = new PDTableAttributeObject();
        scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
        cell.addAttribute(scope);
        return cell;
    }

    private void rule(Color color, float width) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(width);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + WIDTH, y);
        content.stroke();
    }

    private void line(String text, PDFont font, float size, Color color, PDStructureElement element)
            throws IOException {
        List<String> wrapped = lines.wrap(text, font, size, WIDTH);
        float leading = size * ParagraphBreaks.LINE_SPACING;
        int written = 0;
        boolean fresh = false;
        while (written < wrapped.size()) {
            int here = content == null ? 0 : ParagraphBreaks.linesHere(wrapped.size() - written, written == 0,
                    (int) ((y - MARGIN) / leading), fresh);
            if (here == 0) {
                newPage();
                fresh = true;
                continue;
            }
            for (String piece : wrapped.subList(written, written + here)) {
                y -= leading;
                tags.tagged(content, page, element, () -> glyphs.showLine(content, piece, font, size, color, MARGIN, y));
            }
            written += here;
            fresh = false;
        }
    }

    /** A new element at the top level of the document. */
    private PDStructureElement element(String type) {
        return tags.add(tags.document(), type);
    }

    private void keepTogether(float height) throws IOException {
        if (content == null || y - height < MARGIN) {
            newPage();
        }
    }
}
