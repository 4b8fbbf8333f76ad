package fr.deciderensemble.trophees.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import fr.deciderensemble.trophees.pdf.VeraPdf;

/** The minutes as the association archives them, and as a screen reader reads them. */
class MinutesPdfTest {

    private static final OffsetDateTime LOCKED = OffsetDateTime.parse("2026-11-20T17:45:00Z");
    private static final String LONG_RATIONALE = "Le jury salue une démarche menée avec les familles, ".repeat(18)
            + "jusqu’au vote final.";

    @Test
    void isArchivableAndAccessible() throws Exception {
        byte[] pdf = MinutesPdf.render(deliberation());

        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void saysWhenWhoDecidedWhatAndWhy() throws Exception {
        // Lines as they wrap on the page do not matter: words do.
        String text = text(MinutesPdf.render(deliberation())).replaceAll("\\s+", " ");

        assertThat(text).contains("Procès-verbal de la délibération 2026",
                "Délibération verrouillée le 20 novembre 2026 à 18:45 (heure de Paris) par Camille Présidente",
                "Juré Un", "Présidence",
                "Juré Deux — « Jardins partagés » : travaille pour la commune (déclaré par le juré).",
                "Décision : 3 étoiles.", "Décision : Prix du jury — Inclusion des jeunes.",
                "Décidé par Juré Un, suppléant de la présidence", "Motif : non précisé.",
                "3 étoiles : Budget participatif (Mairie de Saint-Exemple)");
        assertThat(text).as("a long rationale is printed whole, never cut")
                .contains("jusqu’au vote final.");
        assertThat(text.indexOf("Prix du jury — Inclusion des jeunes : Conseil des jeunes"))
                .as("the palmarès lists stars before prizes").isGreaterThan(text.indexOf("3 étoiles : Budget"));
    }

    @Test
    void aDeliberationWithoutLaureatesOrConflictsSaysSo() throws Exception {
        Minutes minutes = new Minutes(2027, LOCKED, "Camille Présidente",
                List.of(new Minutes.Member("Camille Présidente", true, 0, 0)), List.of(),
                List.of(new Minutes.Entry("Seul dossier", null, Verdict.NOT_AWARDED, null)));

        byte[] pdf = MinutesPdf.render(minutes);

        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(text(pdf)).contains("Aucun conflit d’intérêts n’a été déclaré.", "Décision : Non lauréat.",
                "Le jury n’a distingué aucun dossier.");
    }

    @Test
    void aHundredDecisionsFlowOverPagesNumberedOutOfTheirTotal() throws Exception {
        List<Minutes.Entry> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(new Minutes.Entry("Dossier " + i, "Commune " + i, new Verdict(Recognition.STARS_2, null)
                    .because(LONG_RATIONALE), null));
        }
        Minutes minutes = new Minutes(2026, LOCKED, "Camille Présidente",
                List.of(new Minutes.Member("Camille Présidente", true, 0, 0)), List.of(), many);

        try (PDDocument document = Loader.loadPDF(MinutesPdf.render(minutes))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(10);
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Procès-verbal de la délibération 2026 — page " + pages + " sur " + pages);
        }
    }

    @Test
    void eachSentenceEndsOnceHoweverItsAuthorEndedIt() {
        assertThat(MinutesPdf.sentence("Motif : une démarche exemplaire")).isEqualTo("Motif : une démarche exemplaire.");
        assertThat(MinutesPdf.sentence("Motif : une démarche exemplaire. ")).isEqualTo("Motif : une démarche exemplaire.");
        assertThat(MinutesPdf.sentence("Motif : qui d’autre ?")).isEqualTo("Motif : qui d’autre ?");
        assertThat(MinutesPdf.sentence("Porté par Ville & Cie…")).isEqualTo("Porté par Ville & Cie…");
        assertThat(MinutesPdf.unstopped("travaille pour la commune. ")).isEqualTo("travaille pour la commune");
    }

    private static Minutes deliberation() {
        return new Minutes(2026, LOCKED, "Camille Présidente",
                List.of(new Minutes.Member("Camille Présidente", true, 0, 0), new Minutes.Member("Juré Un", false, 3, 3),
                        new Minutes.Member("Juré Deux", false, 2, 1)),
                List.of(new Minutes.DeclaredConflict("Juré Deux", "Jardins partagés", "travaille pour la commune. ",
                        true)),
                List.of(new Minutes.Entry("Conseil des jeunes", "Ville de Nantes",
                        new Verdict(Recognition.JURY_PRIZE, "Inclusion des jeunes"), null),
                        new Minutes.Entry("Budget participatif", "Mairie de Saint-Exemple",
                                new Verdict(Recognition.STARS_3, null).because(LONG_RATIONALE), null),
                        new Minutes.Entry("Jardins partagés", "Commune de Bourg", Verdict.NOT_AWARDED, "Juré Un")));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
