package fr.deciderensemble.trophees.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.publication.Booklet.Laureate;

class BookletPdfTest {

    private static final String PROGRAMME = "Trophées de la participation et de la concertation";
    private static final String FOUR_STAR_TITLE = "Cœur de quartier : « la ville s’écrit à plusieurs »";
    private static final String LONG_TITLE = "Le grand débat du fleuve";
    private static final String ONE_STAR_TITLE = "Atelier des possibles";
    private static final int LONG_STEPS = 400; // ten words each: 4,000 words
    private static final String LONG_WORD = "https://concertation.exemple.fr/" + "segment-".repeat(60) + "fin";

    private static PDDocument pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        Booklet booklet = new Booklet(2025, 10, PROGRAMME, List.of(), List.of(), List.of(), List.of(), List.of(
                laureate(3, LONG_TITLE, "Syndicat mixte du bassin", longApproach()),
                laureate(1, ONE_STAR_TITLE, "Commune de Loches", "Voir " + LONG_WORD + " pour le détail."),
                laureate(4, FOUR_STAR_TITLE, "Ville de Saint-Étienne",
                        "Élus et habitants œuvrent ensemble. Une fête de clôture 🎉 réussie."),
                laureate(3, null, "Métropole de Lyon", "Un budget participatif."),
                laureate(3, "Conseil des jeunes", "Département de la Drôme", null)));
        pdf = Loader.loadPDF(new BookletPdf().render(booklet));
        text = normalized(extract(1, pdf.getNumberOfPages()));
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void coverShowsProgrammeYearAndSubtitleWithoutPageNumber() throws IOException {
        String cover = normalized(extract(1, 1));

        assertThat(cover).contains(PROGRAMME, "2025", "Retour sur l'édition").endsWith("Retour sur l'édition");
    }

    @Test
    void levelsGoFromFourStarsDownAndLeaveOutEmptyOnes() {
        assertThat(text).containsSubsequence(
                "Lauréats 4 étoiles", "1 lauréat", FOUR_STAR_TITLE, "Ville de Saint-Étienne",
                "Lauréats 3 étoiles", "3 lauréats", LONG_TITLE, "Métropole de Lyon", "Conseil des jeunes",
                "Lauréats 1 étoile", "1 lauréat", ONE_STAR_TITLE);
        assertThat(text).doesNotContain("Lauréats 2 étoiles");
    }

    @Test
    void untitledLaureateShowsHolderNameOnce() {
        assertThat(text).containsOnlyOnce("Métropole de Lyon");
        assertThat(text).contains("Métropole de Lyon Un budget participatif.");
    }

    @Test
    void longApproachFlowsOverSeveralPagesWithoutLosingText() throws IOException {
        assertThat(pageOf("Prologue") + 2).isLessThanOrEqualTo(pageOf("Épilogue"));
        assertThat(text).containsSubsequence(
                IntStream.rangeClosed(1, LONG_STEPS).mapToObj(step -> " étape" + step + " ").toList());
        assertThat(text).contains("étape" + LONG_STEPS + " de la concertation, Épilogue");
    }

    @Test
    void wordWiderThanTheLineIsCutRatherThanLost() {
        assertThat(text.replaceAll("\\s", "")).contains(LONG_WORD);
    }

    @Test
    void everyGlyphLiesInsideItsPage() throws IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            float width = pdf.getPage(page - 1).getMediaBox().getWidth();
            float height = pdf.getPage(page - 1).getMediaBox().getHeight();
            for (TextPosition glyph : glyphs(page)) {
                assertThat(glyph.getXDirAdj()).isGreaterThanOrEqualTo(0);
                assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).isLessThanOrEqualTo(width);
                assertThat(glyph.getYDirAdj() - glyph.getHeightDir()).isGreaterThanOrEqualTo(0);
                assertThat(glyph.getYDirAdj()).isLessThanOrEqualTo(height);
            }
        }
    }

    @Test
    void frenchCharactersSurviveAndMissingGlyphsAreReplaced() {
        assertThat(text).contains(FOUR_STAR_TITLE, "Élus et habitants œuvrent ensemble.",
                "Une fête de clôture ? réussie.");
    }

    @Test
    void everyPageButTheCoverIsNumbered() throws IOException {
        assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(5);
        for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
            assertThat(normalized(extract(page, page))).endsWith(" " + page);
        }
    }

    @Test
    void allFontsAreEmbeddedSubsets() throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                assertThat(resources.getFont(name).isEmbedded()).as(name.getName()).isTrue();
                fonts.add(resources.getFont(name).getName());
            }
        }
        assertThat(fonts).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans.*"));
    }

    @Test
    void metadataDescribesTheBookletInFrench() {
        assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Trophées 2025 — Retour sur l'édition");
        assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Décider ensemble");
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
    }

    @Test
    void everyPageRenders() throws IOException {
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int page = 0; page < pdf.getNumberOfPages(); page++) {
            assertThat(renderer.renderImageWithDPI(page, 20).getHeight()).isPositive();
        }
    }

    private static Laureate laureate(int stars, String title, String holder, String approach) {
        return new Laureate(Booklet.Recognition.valueOf("STARS_" + stars), title, holder, List.of(), null, approach,
                List.of(), null, List.of(), null, null, null);
    }

    private static String longApproach() {
        return "Prologue "
                + IntStream.rangeClosed(1, LONG_STEPS)
                        .mapToObj(step -> "étape" + step + " de la concertation, où chacun a pris la parole.")
                        .collect(Collectors.joining(" "))
                        .replaceFirst(" où chacun a pris la parole\\.$", " Épilogue");
    }

    private static int pageOf(String word) throws IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (extract(page, page).contains(word)) {
                return page;
            }
        }
        throw new AssertionError(word + " not found");
    }

    /** Sorted by position, so that each page's footer comes last. */
    private static String extract(int firstPage, int lastPage) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(firstPage);
        stripper.setEndPage(lastPage);
        return stripper.getText(pdf);
    }

    private static List<TextPosition> glyphs(int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> textPositions) {
                glyphs.addAll(textPositions);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return glyphs;
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
