package fr.deciderensemble.trophees.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import fr.deciderensemble.trophees.pdf.PdfTags;
import fr.deciderensemble.trophees.pdf.VeraPdf;
import fr.deciderensemble.trophees.report.AnnualReport.Awards;

/** The report read by a screen reader, and the report of an edition whose data records next to nothing. */
class AnnualReportPdfAccessibilityTest {

    @Test
    void isValidPdfUa1() throws Exception {
        byte[] pdf = AnnualReportPdf.render(ReportFixtures.edition2020());

        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void readsEachChartAsItsFigures() throws IOException {
        try (PDDocument document = Loader.loadPDF(AnnualReportPdf.render(ReportFixtures.edition2020()))) {
            List<PDStructureElement> elements = PdfTags.elements(document);

            assertThat(elements).extracting(PDStructureElement::getStructureType)
                    .startsWith("Document", "H1", "P", "H2", "Table").contains("H3", "TH", "TD");
            List<String> descriptions = PdfTags.figures(document);
            assertThat(descriptions).hasSize(5).contains(
                    "Diagramme en barres. Lauréats par niveau : 4 étoiles 6, 3 étoiles 10, 2 étoiles 10, 1 étoile 14,"
                            + " Mentions spéciales 0, Prix du jury 0.",
                    "Courbe des dossiers déposés, en cumul, du 9 septembre 2020 (1) au 9 octobre 2020 (52).");
        }
    }

    @Test
    void aFirstEditionWithNothingRecordedStillMakesAValidReport() throws Exception {
        AnnualReport report = new AnnualReport(2026, null, OptionalInt.of(0), OptionalInt.of(0), new Awards(0, 0, 0, 0, 0, 0), Map.of(), List.of(),
                List.of(), List.of());

        byte[] pdf = AnnualReportPdf.render(report);

        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Bilan annuel 2026", "Trophées de la participation et de la concertation")
                    .doesNotContain("édition des");
            // Four breakdowns, the submissions, the jury and the earlier editions.
            assertThat(text.split("non renseigné", -1)).hasSize(8);
        }
    }

}
