package fr.deciderensemble.trophees.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import fr.deciderensemble.trophees.booklet.Booklet.Laureate;
import fr.deciderensemble.trophees.exchange.Edition2020;
import fr.deciderensemble.trophees.jury.Recognition;
import fr.deciderensemble.trophees.pdf.PdfText;
import fr.deciderensemble.trophees.pdf.VeraPdf;

/** The 2020 booklet rebuilt from the edition's data: structure, navigation and standards. */
class BookletPdfTest {

    private static final String RUNNING_HEADER = "Trophées 2020 — Retour sur l’édition ";
    private static final Pattern CONTENTS_LINE = Pattern.compile("(.+?) (\\d+)(?= \\p{Lu}|$)");

    private static Booklet booklet;
    private static byte[] bytes;
    private static PDDocument pdf;

    @BeforeAll
    static void render() throws IOException {
        booklet = Edition2020.booklet();
        bytes = new BookletPdf().render(booklet);
        pdf = Loader.loadPDF(bytes);
        System.out.printf("Booklet 2020: %d pages, %d bytes%n", pdf.getNumberOfPages(), bytes.length);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void coverShowsProgrammeYearEditionAndOrganisation() throws IOException {
        assertThat(PdfText.page(pdf, 1)).isEqualTo("★★★★ Trophées de la participation & de la concertation 2020 "
                + "Retour sur l’édition — 5e édition Décider ensemble");
    }

    @Test
    void aLaureateWithoutTitleIsNamedByItsHolderAndDepartmentOnOneLine() throws IOException {
        String page = PdfText.page(pdf, pageOf("Commune des Ponts-de-Cé (49)"));
        assertThat(page).as("no line left with the department alone").doesNotContain("Ponts-de-Cé 49");
    }

    @Test
    void everyLaureateSitsInItsStarSection() throws IOException {
        List<Integer> dividers = new ArrayList<>();
        for (int stars = 4; stars >= 1; stars--) {
            int divider = pageOf("Lauréats récompensés par " + stars + (stars == 1 ? " étoile" : " étoiles"));
            String count = PdfText.page(pdf, divider);
            assertThat(count).contains(laureates(stars).size() + " lauréats récompensés par " + stars);
            dividers.add(divider);
        }
        dividers.add(pdf.getNumberOfPages()); // the closing page
        assertThat(dividers).isSorted();
        for (int level = 0; level < 4; level++) {
            String section = PdfText.pages(pdf, dividers.get(level), dividers.get(level + 1) - 1);
            for (Laureate laureate : laureates(4 - level)) {
                assertThat(section).as("%d stars", 4 - level).contains(PdfText.printed(LaureatePages.heading(laureate)));
            }
        }
        assertThat(PdfText.page(pdf, dividers.get(0))).contains("6 lauréats récompensés par 4 étoiles");
    }

    @Test
    void fourStarLaureatesHaveEverySectionAndAFocusPage() throws IOException {
        Laureate cachan = laureates(4).get(0);
        int page = pageOf(PdfText.printed(cachan.title()));
        assertThat(PdfText.page(pdf, page)).containsSubsequence(PdfText.printed(cachan.title()), "Ville de Cachan (94)",
                "Démarche", "Objectifs", "• " + PdfText.printed(cachan.objectives().get(0)), "Public cible",
                "Étapes du projet", PdfText.printed(cachan.steps().get(0).title()),
                PdfText.printed(cachan.steps().get(0).text()));
        assertThat(PdfText.page(pdf, page + 1)).containsSubsequence("Le focus",
                PdfText.printed(cachan.focus().heading()), "Suite & résultats");
    }

    @Test
    void contentsPageNumbersAndLinksLeadToTheirParts() throws IOException {
        String contents = PdfText.page(pdf, 2).substring(RUNNING_HEADER.length());
        assertThat(contents).startsWith("Sommaire ");
        Matcher line = CONTENTS_LINE.matcher(contents.substring("Sommaire ".length(), contents.lastIndexOf(' ')));
        List<Integer> pages = new ArrayList<>();
        while (line.find()) {
            String title = line.group(1).strip();
            int page = Integer.parseInt(line.group(2));
            assertThat(PdfText.page(pdf, page)).as(title).contains(title);
            pages.add(page);
        }
        assertThat(pages).hasSize(9).isSorted();
        List<PDAnnotation> annotations = pdf.getPage(1).getAnnotations();
        assertThat(annotations).hasSize(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            PDAnnotationLink link = (PDAnnotationLink) annotations.get(i);
            assertThat(((PDPageDestination) link.getDestination()).retrievePageNumber() + 1).isEqualTo(pages.get(i));
            assertThat(link.getContents()).startsWith("Aller à la page " + pages.get(i));
        }
    }

    @Test
    void outlineHasEveryPartAndEveryLaureate() {
        List<String> parts = new ArrayList<>();
        List<String> laureates = new ArrayList<>();
        for (PDOutlineItem part : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            parts.add(part.getTitle());
            part.children().forEach(child -> laureates.add(child.getTitle()));
        }
        assertThat(parts).containsExactly("Les organisateurs", "Les partenaires", "Les soutiens", "Le jury",
                "Lauréats récompensés par 4 étoiles", "Lauréats récompensés par 3 étoiles",
                "Lauréats récompensés par 2 étoiles", "Lauréats récompensés par 1 étoile", "Décider ensemble");
        assertThat(laureates).hasSize(40).containsExactlyElementsOf(
                booklet.laureates().stream().map(LaureatePages::heading).toList());
    }

    @Test
    void juryShowsPresidentFirstWithNamesInFrenchCase() throws IOException {
        String jury = PdfText.page(pdf, pageOf("Présidence du jury"));
        assertThat(jury).containsSubsequence("Le jury", "Présidence du jury", "Chantal JOUANNO",
                "Après avoir intégré", "Les membres du jury", "Antoine BÉZARD",
                "Créateur du site budgetsparticipatifs.fr");
    }

    @Test
    void frenchTypographyIsApplied() throws IOException {
        String raw = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        assertThat(raw).contains("CACHAN\u202F!", "«\u00A0Charte des promoteurs\u00A0»", "130\u202F000")
                .doesNotContain(" !", "« ", " »");
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
    void isPdfA2u() throws Exception {
        assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFA_2_U)).isEmpty();
    }

    @Test
    void isPdfUa1() throws Exception {
        assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void structureTreeReadsInOrderFromCoverToClosing() {
        PDStructureElement document = (PDStructureElement) pdf.getDocumentCatalog().getStructureTreeRoot()
                .getKids().get(0);
        List<String> types = document.getKids().stream().map(kid -> ((PDStructureElement) kid).getStructureType())
                .toList();
        assertThat(document.getStructureType()).isEqualTo("Document");
        assertThat(types).as("the cover's stars are decoration, not text").startsWith("P", "P", "P", "P", "H1", "TOC")
                .endsWith("Sect").hasSize(6 + 9);
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
        assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Trophées 2020 — Retour sur l’édition");
    }

    @Test
    void everyPageButTheCoverIsNumberedAndRenders() throws IOException {
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            assertThat(renderer.renderImageWithDPI(page - 1, 20).getHeight()).isPositive();
            if (page > 1) {
                assertThat(PdfText.page(pdf, page)).endsWith(" " + page);
            }
        }
        assertThat(pdf.getNumberOfPages()).isBetween(30, 50);
    }

    private static List<Laureate> laureates(int stars) {
        Recognition recognition = Recognition.ofStars(stars);
        return booklet.laureates().stream().filter(laureate -> laureate.recognition() == recognition).toList();
    }

    /** The first page after the contents that shows the text. */
    private static int pageOf(String text) throws IOException {
        for (int page = 3; page <= pdf.getNumberOfPages(); page++) {
            if (PdfText.page(pdf, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError(text + " not found");
    }
}
