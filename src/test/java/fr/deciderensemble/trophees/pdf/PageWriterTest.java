package fr.deciderensemble.trophees.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a paragraph breaks across pages: as a typesetter would break it. */
class PageWriterTest {

    private static final float SIZE = 10;

    @ParameterizedTest(name = "{1} lines where {0} fit: {2} here, {3} on the next page")
    @CsvSource({
        // Only the last line would go over: one more goes with it.
        "3, 4, 2, 2",
        // Two lines or more go over: the page is filled.
        "3, 5, 3, 2" })
    void aParagraphLeavesNoLastLineAloneAtopTheNextPage(int room, int lines, int here, int there) throws IOException {
        List<List<String>> pages = written(room, lines, false);

        assertThat(pages.get(0)).hasSize(here);
        assertThat(pages.get(1)).hasSize(there);
    }

    @Test
    void aParagraphLeavesNoFirstLineAloneAtTheFootOfAPage() throws IOException {
        assertThat(written(1, 4, false).get(0)).isEmpty();
        // Two lines here would leave the last alone there, one here would be alone: all three go over.
        List<List<String>> three = written(2, 3, false);
        assertThat(three.get(0)).isEmpty();
        assertThat(three.get(1)).hasSize(3);
    }

    @Test
    void aBulletGoesWithTheLineItMarks() throws IOException {
        List<List<String>> pages = written(1, 3, true);

        assertThat(pages.get(0)).isEmpty();
        assertThat(pages.get(1)).hasSize(3);
        assertThat(pages.get(1).get(0)).startsWith("•");
    }

    @Test
    void aBulletWhoseItemHeldNothingMarksNoOtherLine() throws IOException {
        List<List<String>> pages = written(10, (writer, tags, body, fonts) -> {
            writer.label(tags.add(tags.document(), "Lbl"), "•", body);
            writer.writeInto(tags.add(tags.document(), "LBody"), " ", body, 12);
            writer.writeInto(tags.add(tags.document(), "P"), paragraphOf(2, fonts), body, 12);
        });

        assertThat(pages.get(0)).hasSize(2).noneMatch(line -> line.contains("•"));
    }

    @Test
    void aPageTooShortForTheRulesStillTakesTheText() throws IOException {
        assertThat(ParagraphBreaks.linesHere(3, true, 1, true)).as("a fresh page of one line").isEqualTo(1);
        assertThat(ParagraphBreaks.linesHere(3, true, 1, false)).isZero();
        assertThat(ParagraphBreaks.linesHere(51, false, 50, true)).as("the rules hold on a fresh page").isEqualTo(49);
    }

    /** What a writer does, given the document's tags, the body style and the fonts. */
    private interface Writing {
        void write(PageWriter writer, TaggedPdf tags, PageWriter.Style body, DocumentFonts fonts) throws IOException;
    }

    /**
     * The lines of a paragraph of {@code lines} lines written where {@code room} lines are left on the first page, page
     * by page (the running head and page number left out).
     */
    private static List<List<String>> written(int room, int lines, boolean bulleted) throws IOException {
        return written(room, (writer, tags, body, fonts) -> {
            if (bulleted) {
                writer.label(tags.add(tags.document(), "Lbl"), "•", body);
            }
            writer.writeInto(tags.add(tags.document(), "P"), paragraphOf(lines, fonts), body, 12);
        });
    }

    private static List<List<String>> written(int room, Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(document);
            TaggedPdf tags = new TaggedPdf(document);
            PageWriter.Style body = new PageWriter.Style(fonts.regular, SIZE, false, Color.BLACK);
            try (PageWriter writer = new PageWriter(document, tags, fonts.regular, "En-tête")) {
                writer.newPage(true);
                writer.skip(writer.y() - PageWriter.MARGIN - room * SIZE * 1.35f - 0.5f);
                writing.write(writer, tags, body, fonts);
            }
            document.save(out);
        }
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return List.of(wordLines(pdf, 1), pdf.getNumberOfPages() > 1 ? wordLines(pdf, 2) : List.of());
        }
    }

    private static List<String> wordLines(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return Arrays.stream(stripper.getText(pdf).split("\\R")).filter(line -> line.contains("mot")).toList();
    }

    /** As many words as make exactly this many lines at the writer's width, less the bullet's indent. */
    private static String paragraphOf(int lines, DocumentFonts fonts) throws IOException {
        LineBreaker breaker = new LineBreaker(new Glyphs());
        StringBuilder text = new StringBuilder("mot1");
        for (int word = 2; ; word++) {
            String longer = text + " mot" + word;
            if (breaker.wrap(longer, fonts.regular, SIZE, PageWriter.TEXT_WIDTH - 12).size() > lines) {
                return text.toString();
            }
            text.setLength(0);
            text.append(longer);
        }
    }
}
