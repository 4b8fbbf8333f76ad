package fr.deciderensemble.trophees.pdf;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;


/**
 * Writes tagged, word-wrapped text from the top of A4 pages down, adding a page whenever the current one is
 * full, so that no text is ever cut off. Each line is a marked content sequence of its structure element.
 */
public final class PageWriter implements Closeable {

    public record Style(PDFont font, float size, boolean centered, Color color) {
    }

    private record Label(PDStructureElement element, String text, Style style) {
    }

    static final PDRectangle PAGE_SIZE = PDRectangle.A4;
    public static final float MARGIN = 56; // about 2 cm
    static final float TEXT_WIDTH = PAGE_SIZE.getWidth() - 2 * MARGIN;
    private static final float LINE_SPACING = ParagraphBreaks.LINE_SPACING;
    private static final float RUNNING_SIZE = 8;
    private static final Color RUNNING_COLOR = new Color(0x5A6B7B);

    private final PDDocument document;
    private final TaggedPdf tags;
    private final Glyphs glyphs = new Glyphs();
    private final LineBreaker lines = new LineBreaker(glyphs);
    private final PDFont runningFont;
    private final String runningHeader;
    private PDPage page;
    private PDPageContentStream content;
    private float y;
    private Label pendingLabel;

    public PageWriter(PDDocument document, TaggedPdf tags, PDFont runningFont, String runningHeader) {
        this.document = document;
        this.tags = tags;
        this.runningFont = runningFont;
        this.runningHeader = Glyphs.normalized(runningHeader);
    }

    /** Starts a page; a numbered one gets the running header and its page number in the footer. */
    public PDPage newPage(boolean numbered) throws IOException {
        return newPage(numbered, null);
    }

    /** Starts a page painted all over in {@code background} (the cover, the dividers), or left white. */
    public PDPage newPage(boolean numbered, Color background) throws IOException {
        close();
        page = new PDPage(PAGE_SIZE);
        document.addPage(page);
        tags.register(page);
        content = new PDPageContentStream(document, page);
        y = PAGE_SIZE.getHeight() - MARGIN;
        if (background != null) {
            TaggedPdf.artifact(content, () -> {
                content.setNonStrokingColor(background);
                content.addRect(0, 0, PAGE_SIZE.getWidth(), PAGE_SIZE.getHeight());
                content.fill();
            });
        }
        if (numbered) {
            writeRunningHeadAndFoot();
        }
        return page;
    }

    /** Goes back to a page laid out earlier (the table of contents, once page numbers are known). */
    public void reopen(PDPage earlier) throws IOException {
        close();
        page = earlier;
        content = new PDPageContentStream(document, page, AppendMode.APPEND, true);
        y = PAGE_SIZE.getHeight() - MARGIN;
    }

    public PDPage page() {
        return page;
    }

    public float y() {
        return y;
    }

    public void skip(float points) {
        y -= points;
    }

    /** The height of so many lines of this style. */
    public static float linesHeight(int lines, Style style) {
        return lines * style.size() * LINE_SPACING;
    }

    /** Moves to a new page unless {@code height} points are left, so that a block's start is not stranded. */
    public void keepTogether(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage(true);
        }
    }

    /** A new structure element of the given type holding the text. */
    public PDStructureElement write(PDStructureElement parent, String type, String text, Style style) throws IOException {
        PDStructureElement element = tags.add(parent, type);
        writeInto(element, text, style, 0);
        return element;
    }

    /**
     * Each line break of the text starts a new line, indented by {@code indent} points; paragraphs break across pages
     * as {@link ParagraphBreaks} says.
     */
    public void writeInto(PDStructureElement element, String text, Style style, float indent) throws IOException {
        float leading = style.size() * LINE_SPACING;
        for (String paragraph : FrenchText.typeset(text).split("\\R")) {
            List<String> wrapped = lines.wrap(paragraph, style.font(), style.size(), TEXT_WIDTH - indent);
            int written = 0;
            boolean fresh = false;
            while (written < wrapped.size()) {
                int here = ParagraphBreaks.linesHere(wrapped.size() - written, written == 0,
                        (int) ((y - MARGIN) / leading), fresh);
                for (String line : wrapped.subList(written, written + here)) {
                    y -= leading;
                    showLabel();
                    float x = style.centered() ? (PAGE_SIZE.getWidth() - width(line, style)) / 2 : MARGIN + indent;
                    tags.tagged(content, page, element, () -> show(line, style, x, y));
                }
                written += here;
                fresh = false;
                if (written < wrapped.size()) {
                    newPage(true);
                    fresh = true;
                }
            }
        }
        // A label for a text that held no line marks nothing: it must not mark the next one.
        pendingLabel = null;
    }

    /** The height the text takes written {@code indent} points in, each of its line breaks starting a new line. */
    public float height(String text, Style style, float indent) throws IOException {
        int count = 0;
        for (String paragraph : FrenchText.typeset(text).split("\\R")) {
            count += lines.wrap(paragraph, style.font(), style.size(), TEXT_WIDTH - indent).size();
        }
        return linesHeight(count, style);
    }

    /**
     * Writes a short label (a bullet) in the left margin of the next line written, wherever a page break puts that
     * line.
     */
    public void label(PDStructureElement element, String label, Style style) {
        pendingLabel = new Label(element, label, style);
    }

    private void showLabel() throws IOException {
        if (pendingLabel != null) {
            Label label = pendingLabel;
            pendingLabel = null;
            tags.tagged(content, page, label.element(), () -> show(label.text(), label.style(), MARGIN + 2, y));
        }
    }

    /** Draws a text at a given place without moving on, as the page number at the end of a contents line. */
    public void writeAt(PDStructureElement element, String text, Style style, float rightEdge, float baseline)
            throws IOException {
        float x = rightEdge - width(text, style);
        tags.tagged(content, page, element, () -> show(text, style, x, baseline));
    }

    /**
     * Draws a line of decoration (stars beside a level's heading, say) that assistive technology skips: what
     * it shows is said in words next to it.
     */
    public void ornament(String text, Style style) throws IOException {
        float leading = style.size() * LINE_SPACING;
        keepTogether(leading);
        y -= leading;
        float x = style.centered() ? (PAGE_SIZE.getWidth() - width(text, style)) / 2 : MARGIN;
        TaggedPdf.artifact(content, () -> show(text, style, x, y));
    }

    /** A short coloured rule below the last line written, under a heading. */
    public void rule(Color color, float length) throws IOException {
        float below = y - 6;
        TaggedPdf.artifact(content, () -> {
            content.setNonStrokingColor(color);
            content.addRect(MARGIN, below, length, 2.5f);
            content.fill();
        });
        y -= 10;
    }

    /** Draws the image scaled to fit the box, aspect kept; returns false when it is not a readable image. */
    public boolean image(PDStructureElement parent, byte[] bytes, String alternateText, float maxWidth, float maxHeight)
            throws IOException {
        PDImageXObject image = PdfLogos.read(document, bytes);
        if (image == null) {
            return false;
        }
        float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        keepTogether(height + 8);
        y -= height + 8;
        PDStructureElement figure = tags.add(parent, "Figure");
        figure.setAlternateDescription(alternateText);
        tags.tagged(content, page, figure, () -> content.drawImage(image, MARGIN, y, width, height));
        return true;
    }

    float width(String text, Style style) throws IOException {
        return glyphs.width(text, style.font(), style.size());
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private void writeRunningHeadAndFoot() throws IOException {
        String number = String.valueOf(document.getNumberOfPages());
        float top = PAGE_SIZE.getHeight() - MARGIN / 2;
        float numberWidth = glyphs.width(number, runningFont, RUNNING_SIZE);
        Style running = new Style(runningFont, RUNNING_SIZE, false, RUNNING_COLOR);
        TaggedPdf.pagination(content, () -> {
            show(runningHeader, running, MARGIN, top);
            content.setStrokingColor(RUNNING_COLOR);
            content.setLineWidth(0.5f);
            content.moveTo(MARGIN, top - 5);
            content.lineTo(PAGE_SIZE.getWidth() - MARGIN, top - 5);
            content.stroke();
            show(number, running, (PAGE_SIZE.getWidth() - numberWidth) / 2, MARGIN / 2);
        });
    }

    private void show(String text, Style style, float x, float baseline) throws IOException {
        glyphs.showLine(content, text, style.font(), style.size(), style.color(), x, baseline);
    }
}
