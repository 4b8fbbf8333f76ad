package fr.deciderensemble.trophees.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import fr.deciderensemble.trophees.pdf.VeraPdf;

/** The receipt a candidate keeps: archivable, readable by a screen reader, and true to what was submitted. */
class ReceiptPdfTest {

    private static final OffsetDateTime SUBMITTED = OffsetDateTime.parse("2027-01-14T22:58:00Z");
    private static final String SHA = "3f0a".repeat(16);

    @Test
    void isArchivableAndAccessibleInBothLanguages() throws Exception {
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            byte[] pdf = ReceiptPdf.render(facts(language));

            assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U)).as(language.toString()).isEmpty();
            assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as(language.toString()).isEmpty();
        }
    }

    @Test
    void saysWhatWasSubmittedWhenAndWithWhichFiles() throws Exception {
        String text = text(ReceiptPdf.render(facts(Locale.FRENCH))).replaceAll("\\s+", " ");

        assertThat(text).contains("Accusé de réception n° 2027-42-2",
                "déposé par Mairie de Saint-Exemple (mairie@exemple.org) le 14 janvier 2027 à 23:58 (heure de Paris)",
                "Titre de la démarche : Budget participatif des jeunes",
                "Type de démarche : Budget et financement participatif",
                "Départements concernés : Loire-Atlantique (44)", "Les habitants votent.", "Puis ils décident.",
                "1. Lancement — Une réunion publique", "Dominique Martin · Adjointe · dominique@exemple.org",
                "Bilan.pdf — PDF, 21,6 Ko — SHA-256 : " + SHA, "Logo", "logo.png — PNG, 3,0 Mo", "page 1 sur");
    }

    @Test
    void speaksTheCandidatesLanguage() throws Exception {
        String text = text(ReceiptPdf.render(facts(Locale.ENGLISH))).replaceAll("\\s+", " ");

        assertThat(text).contains("Receipt no. 2027-42-2",
                "submitted by Mairie de Saint-Exemple (mairie@exemple.org) on 14 January 2027 at 23:58 (Paris time)",
                "Bilan.pdf — PDF, 21.6 KB — SHA-256: " + SHA, "logo.png — PNG, 3.0 MB", "page 1 of")
                .doesNotContain("Accusé", "Pièces jointes");
    }

    @Test
    void aDossierWithoutFilesSaysSo() throws Exception {
        ReceiptPdf.Facts bare = new ReceiptPdf.Facts("2027-7-1", SUBMITTED, 2027, "Association", "a@exemple.org",
                facts(Locale.FRENCH).content(), List.of(), null, Locale.FRENCH);

        assertThat(text(ReceiptPdf.render(bare))).contains("Aucune pièce jointe.");
    }

    private static ReceiptPdf.Facts facts(Locale language) {
        DossierContent content = new DossierContent("Budget participatif des jeunes", "BP", "URB",
                List.of("Un vote ouvert dès 11 ans"),
                new DossierContent.Holder("Mairie de Saint-Exemple", "AC", "1 place de la Mairie", "44000", "Nantes",
                        List.of("44"), "https://exemple.org"),
                "Les habitants votent.\nPuis ils décident.", List.of("Associer les jeunes"), "Les 11-25 ans",
                List.of(new DossierContent.Step("Lancement", "Une réunion publique")), null, "300 votants",
                List.of(new DossierContent.Contact("Dominique Martin", "Adjointe", "dominique@exemple.org", null)));
        return new ReceiptPdf.Facts("2027-42-2", SUBMITTED, 2027, "Mairie de Saint-Exemple", "mairie@exemple.org",
                content, List.of(new ReceiptPdf.FileLine("Bilan.pdf", "PDF", 22_118, SHA)),
                new ReceiptPdf.FileLine("logo.png", "PNG", 3 * 1024 * 1024, "ab".repeat(32)), language);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
