package fr.deciderensemble.trophees.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import fr.deciderensemble.trophees.pdf.VeraPdf;
import fr.deciderensemble.trophees.report.AnnualReport.Breakdown;

class AnnualReportPdfTest {

    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render2020() throws IOException {
        pdf = AnnualReportPdf.render(ReportFixtures.edition2020());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
    }

    @Test
    void isValidPdfA2u() throws Exception {
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
    }

    @Test
    void noHeadingIsLeftAloneAtTheFootOfAPage() throws IOException {
        List<String> headings = List.of("Chiffres clés", "Palmarès par niveau", "Les dossiers", "Par type de porteur",
                "Par type de démarche", "Par thématique", "Par département", "Rythme des dépôts", "Activité du jury",
                "Les éditions depuis 2016");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(document).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("Bilan annuel 2020 — page")).toList();
                assertThat(headings).as("last line of page " + page).doesNotContain(lines.get(lines.size() - 1));
            }
        }
    }

    @Test
    void printsTheTitleAndTheFiguresOfTheEdition() {
        assertThat(text).contains("Bilan annuel 2020",
                "5e édition des Trophées de la participation et de la concertation");
        assertThat(line("Dossiers déposés")).endsWith("52");
        assertThat(line("Dossiers recevables")).endsWith("48 (92\u00A0%)");
        assertThat(line("Lauréats (1 à 4 étoiles)")).endsWith("40");
        assertThat(line("4 étoiles")).endsWith("6");
        assertThat(line("3 étoiles")).endsWith("10");
        assertThat(line("2 étoiles")).endsWith("10");
        assertThat(line("1 étoile")).endsWith("14");
        assertThat(line("Collectivité")).endsWith("31");
        assertThat(line("Côtes-d’Armor (22)")).endsWith("3");
        assertThat(text).contains("37 dossiers sur 52 déposés les 2 derniers jours");
        assertThat(line("Benoît Lœuillet")).isEqualTo("Benoît Lœuillet 13 7 54\u00A0%");
        assertThat(text).contains("Avancement d’ensemble : 85\u00A0%");
    }

    @Test
    void printsTheYearlySeriesWithTheDatabaseFiguresOverThePublishedOnes() {
        assertThat(line("2019")).isEqualTo("2019 plus de 140 16 (3 & 4 étoiles) 0");
        assertThat(line("2020")).isEqualTo("2020 52 40 0");
        assertThat(line("2021")).isEqualTo("2021 plus de 90 16 (3 & 4 étoiles) 2");
    }

    @Test
    void saysWhichBreakdownsTheDataDoesNotRecord() {
        assertThat(occurrences(text, "non renseigné")).isEqualTo(2);
        assertThat(text).contains("Par thématique\nnon renseigné", "Par type de démarche\nnon renseigné");
    }

    @Test
    void printsNoNotRecordedWhenEverythingIsRecorded() throws IOException {
        AnnualReport full = ReportFixtures.edition2020();
        Map<Breakdown, Map<String, Integer>> breakdowns = new EnumMap<>(full.breakdowns());
        breakdowns.put(Breakdown.THEME, ReportFixtures.ordered("Aménagement", 20, "Environnement", 32));
        breakdowns.put(Breakdown.APPROACH_TYPE, ReportFixtures.ordered("Concertation", 40, "Budget participatif", 12));
        AnnualReport report = new AnnualReport(full.year(), full.editionNumber(), full.dossiersSubmitted(),
                full.dossiersAdmissible(), full.awards(), breakdowns, full.jury(), full.submissions(), full.history());
        try (PDDocument document = Loader.loadPDF(AnnualReportPdf.render(report))) {
            String fullText = new PDFTextStripper().getText(document);
            assertThat(fullText).doesNotContain("non renseigné").contains("Budget participatif 12");
        }
    }

    @Test
    void anImportedEditionsDossiersAreThePublishedFigureAndTheRestNotRecordedRatherThanZero() throws IOException {
        AnnualReport full = ReportFixtures.edition2020();
        AnnualReport imported = new AnnualReport(full.year(), full.editionNumber(), OptionalInt.empty(),
                OptionalInt.empty(), full.awards(), Map.of(), List.of(), List.of(), HistoryJson.published());
        try (PDDocument document = Loader.loadPDF(AnnualReportPdf.render(imported))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Dossiers déposés plus de 50", "Dossiers recevables non renseigné")
                    .doesNotContain("Dossiers déposés 0");
        }
    }

    @Test
    void drawsTheChartsAsVectorsWithTheirTextInTheEmbeddedFonts() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFormXObject> charts = new ArrayList<>();
            List<PDImageXObject> images = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectXObjects(page.getResources(), charts, images);
            }
            // Levels, holder types, departments, submissions, yearly series.
            assertThat(charts).hasSizeGreaterThanOrEqualTo(5);
            assertThat(images).isEmpty();
            for (PDFormXObject chart : charts) {
                List<String> operators = operators(chart);
                assertThat(operators).contains("m", "l", "f");
            }
            assertThat(charts).anySatisfy(chart -> assertThat(operators(chart)).contains("Tj"));
            assertThat(charts).allSatisfy(chart -> assertThat(fontNames(chart.getResources())).allMatch(
                    name -> name.contains("DejaVuSans")));
        }
        // Legend of the yearly series chart, which no table prints.
        assertThat(text).contains("Dossiers Lauréats Mentions spéciales");
    }

    @Test
    void embedsEveryFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    void everyPageRendersWithInk() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(3, 10);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 36);
                assertThat(darkPixels(image)).as("page %d", i + 1).isGreaterThan(100);
            }
        }
        assertThat(text).contains("Bilan annuel 2020 — page 1 sur");
    }

    private static String line(String start) {
        return text.lines().filter(line -> line.startsWith(start + " ")).findFirst().orElse("(no line " + start + ")");
    }

    private static int occurrences(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static void collectXObjects(PDResources resources, List<PDFormXObject> forms, List<PDImageXObject> images)
            throws IOException {
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            if (xObject instanceof PDImageXObject image) {
                images.add(image);
            } else if (xObject instanceof PDFormXObject form) {
                forms.add(form);
                if (form.getResources() != null) {
                    collectXObjects(form.getResources(), new ArrayList<>(), images);
                }
            }
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    private static List<String> fontNames(PDResources resources) {
        List<PDFont> fonts = new ArrayList<>();
        try {
            collectFonts(resources, fonts);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return fonts.stream().map(PDFont::getName).toList();
    }

    private static List<String> operators(PDContentStream stream) {
        try {
            List<String> operators = new ArrayList<>();
            for (Object token : new PDFStreamParser(stream).parse()) {
                if (token instanceof Operator operator) {
                    operators.add(operator.getName());
                }
            }
            return operators;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 600) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
