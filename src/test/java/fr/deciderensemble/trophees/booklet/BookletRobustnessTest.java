package fr.deciderensemble.trophees.booklet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import fr.deciderensemble.trophees.booklet.Booklet.JuryMember;
import fr.deciderensemble.trophees.booklet.Booklet.Laureate;
import fr.deciderensemble.trophees.booklet.Booklet.Organisation;
import fr.deciderensemble.trophees.booklet.Booklet.Step;
import fr.deciderensemble.trophees.jury.Recognition;
import fr.deciderensemble.trophees.media.Logo;
import fr.deciderensemble.trophees.pdf.PdfTags;
import fr.deciderensemble.trophees.pdf.PdfText;
import fr.deciderensemble.trophees.pdf.VeraPdf;

/** What staff and candidates really type and upload: odd characters, markup, broken logos, very long texts. */
class BookletRobustnessTest {

    private static final int LONG_STEPS = 400; // ten words each: 4,000 words
    private static final String LONG_WORD = "https://concertation.exemple.fr/" + "segment-".repeat(60) + "fin";

    private static byte[] bytes;
    private static PDDocument pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        Booklet booklet = new Booklet(2026, null, "Trophées de la participation et de la concertation",
                List.of(new Organisation("Décider ensemble", "Le think tank de la décision partagée.", png(300, 100)),
                        new Organisation("Logo cassé", "Son logo est illisible.", "not an image".getBytes())),
                List.of(), List.of(),
                List.of(new JuryMember("JEAN-PIERRE DE LA FONTAINE", true, null, null, "Président du jury.")),
                List.of(laureate(Recognition.STARS_3, "Le grand débat du fleuve", longApproach()),
                        laureate(Recognition.STARS_3, "Fête 🎉 et 漢字", "Une fête 🎉 réussie, des affiches en 漢字."),
                        laureate(Recognition.STARS_1, "<b>Gras</b> et **étoiles**",
                                "Voir " + LONG_WORD + " pour le détail."),
                        laureate(Recognition.SPECIAL_MENTION, "Une mention", "Mention spéciale du jury."),
                        laureate(Recognition.JURY_PRIZE, "Un prix", "Prix du jury.")));
        bytes = new BookletPdf().render(booklet);
        pdf = Loader.loadPDF(bytes);
        text = PdfText.pages(pdf, 1, pdf.getNumberOfPages());
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void charactersOutsideTheFontAreCopiedAndFoundAsThemselves() {
        assertThat(text).contains("Fête 🎉 et 漢字", "Une fête 🎉 réussie, des affiches en 漢字.").doesNotContain("□");
    }

    @Test
    void charactersOutsideTheFontPrintAsAVisibleSubstituteCarryingTheOriginal() throws IOException {
        List<PDMarkedContent> spans = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            collectSpans(extractor.getMarkedContents(), spans);
        }
        assertThat(spans).extracting(PDMarkedContent::getActualText, BookletRobustnessTest::shownText)
                .containsExactly(tuple("🎉", "□"), tuple("漢字", "□□"), tuple("🎉", "□"), tuple("漢字", "□□"));
    }

    @Test
    void markupIsPrintedLiterally() {
        assertThat(text).contains("<b>Gras</b> et **étoiles**");
    }

    @Test
    void unreadableLogoIsLeftOutAndTheOthersPrint() throws IOException {
        assertThat(text).contains("Logo cassé Son logo est illisible.");
        List<PDImageXObject> images = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                images.add((PDImageXObject) page.getResources().getXObject(name));
            }
        }
        assertThat(images).singleElement().satisfies(image -> assertThat(image.getWidth()).isEqualTo(300));
    }

    @Test
    void aLogoIsReadAsWhoseItIs() {
        assertThat(PdfTags.figures(pdf)).containsExactly("Logo\u00a0: Décider ensemble");
    }

    @Test
    void sectionsWithoutDataAreLeftOut() {
        assertThat(text).doesNotContain("Les partenaires", "Les soutiens", "Les membres du jury",
                "récompensés par 4 étoiles", "récompensés par 2 étoiles", "Objectifs", "Public cible", "Le focus");
        assertThat(text).contains("Retour sur l’édition").doesNotContain("édition —");
    }

    @Test
    void specialMentionsAndJuryPrizesFollowTheStarLevels() {
        assertThat(text).containsSubsequence("Lauréats récompensés par 3 étoiles", "Lauréats récompensés par 1 étoile",
                "Mentions spéciales du jury", "1 lauréat", "Une mention", "Distinction — Une mention", "Prix du jury",
                "Un prix", "Distinction — Un prix", "Décider ensemble");
    }

    @Test
    void presidentNameIsWrittenTheFrenchWay() {
        assertThat(text).contains("Jean-Pierre DE LA FONTAINE");
    }

    @Test
    void longTextFlowsOverSeveralPagesWithoutLosingAWord() {
        assertThat(text).containsSubsequence(
                IntStream.rangeClosed(1, LONG_STEPS).mapToObj(step -> " étape" + step + " ").toList());
        assertThat(text.replace(" ", "")).contains(LONG_WORD);
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
    void staysPdfA2uAndPdfUa1WithLogosAndSubstitutes() throws Exception {
        assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    private static Laureate laureate(Recognition recognition, String title, String approach) {
        return new Laureate(recognition, recognition.titled() ? "Distinction — " + title : null, title, "Commune de Loches", List.of("37"), null, approach, List.of(), null,
                List.of(new Step(null, "Une étape sans titre")), null, null, null);
    }

    private static String longApproach() {
        return "Prologue " + IntStream.rangeClosed(1, LONG_STEPS)
                .mapToObj(step -> "étape" + step + " de la concertation, où chacun a pris la parole.")
                .collect(Collectors.joining(" "));
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0, 90, 160));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static void collectSpans(List<PDMarkedContent> contents, List<PDMarkedContent> spans) {
        for (PDMarkedContent content : contents) {
            if ("Span".equals(content.getTag())) {
                spans.add(content);
            }
            collectSpans(content.getContents().stream().filter(PDMarkedContent.class::isInstance)
                    .map(PDMarkedContent.class::cast).toList(), spans);
        }
    }

    private static String shownText(PDMarkedContent content) {
        return content.getContents().stream().filter(TextPosition.class::isInstance)
                .map(glyph -> ((TextPosition) glyph).getUnicode()).collect(Collectors.joining());
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
}
