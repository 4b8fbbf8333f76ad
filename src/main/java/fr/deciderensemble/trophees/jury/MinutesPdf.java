package fr.deciderensemble.trophees.jury;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import fr.deciderensemble.trophees.pdf.DocumentFonts;
import fr.deciderensemble.trophees.pdf.DocumentLayout;
import fr.deciderensemble.trophees.pdf.PdfStandards;
import fr.deciderensemble.trophees.platform.ParisTime;

/**
 * Renders the minutes of a deliberation as a PDF/A-2u, PDF/UA-1 document: an archive the association keeps for
 * good, readable by a screen reader. Long texts (reasons, rationales) are paragraphs, never table cells, which would
 * cut them.
 */
public final class MinutesPdf {

    private static final String AUTHOR = "Décider ensemble";
    private static final String PROGRAMME = "Trophées de la participation et de la concertation";
    private static final float[] MEMBER_COLUMNS = { 0.34f, 0.18f, 0.24f, 0.24f };

    private final DocumentLayout layout;

    private MinutesPdf(DocumentLayout layout) {
        this.layout = layout;
    }

    public static byte[] render(Minutes minutes) {
        try (PDDocument document = new PDDocument()) {
            PdfStandards.declare(document, title(minutes) + " — " + PROGRAMME, AUTHOR);
            try (DocumentLayout layout = new DocumentLayout(document, new DocumentFonts(document))) {
                new MinutesPdf(layout).write(minutes);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the minutes of " + minutes.year(), e);
        }
    }

    private static String title(Minutes minutes) {
        return "Procès-verbal de la délibération " + minutes.year();
    }

    private void write(Minutes minutes) throws IOException {
        layout.newPage();
        layout.title(title(minutes), PROGRAMME + " — édition " + minutes.year());
        layout.text("Délibération verrouillée le " + ParisTime.text(minutes.lockedAt()) + " (heure de Paris) par "
                + minutes.president() + ", qui approuve le présent procès-verbal.");
        members(minutes.members());
        conflicts(minutes.conflicts());
        decisions(minutes.decisions());
        laureates(minutes.laureates());
        layout.finish(title(minutes));
    }

    private void members(List<Minutes.Member> members) throws IOException {
        layout.heading("Membres du jury", DocumentLayout.tableHeight(Math.min(members.size(), 3)));
        // The president scores nothing: they decide.
        List<List<String>> rows = members.stream().map(member -> member.presiding()
                ? List.of(member.name(), "Présidence", "—", "—")
                : List.of(member.name(), "Juré", String.valueOf(member.assigned()), String.valueOf(member.submitted())))
                .toList();
        layout.table(List.of("Nom", "Rôle", "Dossiers attribués", "Fiches remises"), rows, MEMBER_COLUMNS, 2);
    }

    private void conflicts(List<Minutes.DeclaredConflict> conflicts) throws IOException {
        layout.heading("Conflits d’intérêts", 32);
        if (conflicts.isEmpty()) {
            layout.text("Aucun conflit d’intérêts n’a été déclaré.");
            return;
        }
        layout.text("Chaque membre en conflit avec un dossier n’en a lu ni les fiches ni les commentaires, et n’a "
                + "pas pris part à sa décision.");
        for (Minutes.DeclaredConflict conflict : conflicts) {
            layout.text("• " + conflict.juror() + " — « " + conflict.dossier() + " » : " + unstopped(conflict.reason()) + " ("
                    + (conflict.declaredByJuror() ? "déclaré par le juré" : "relevé par l’équipe") + ").");
        }
    }

    private void decisions(List<Minutes.Entry> decisions) throws IOException {
        layout.heading("Décisions", 48);
        if (decisions.isEmpty()) {
            layout.text("Aucun dossier recevable n’était à juger.");
        }
        for (Minutes.Entry entry : decisions) {
            layout.subheading(entry.dossier(), 32);
            if (entry.holder() != null) {
                layout.text(sentence("Porté par " + entry.holder()));
            }
            layout.text(sentence("Décision : " + entry.verdict().journalText()));
            if (entry.deputy() != null) {
                layout.text("Décidé par " + entry.deputy() + ", suppléant de la présidence, en conflit avec ce dossier.");
            }
            layout.text(sentence("Motif : " + (entry.verdict().rationale() == null ? "non précisé"
                    : entry.verdict().rationale())));
        }
    }

    /** A text without the full stop its author may have ended it with: the sentence around it puts its own. */
    static String unstopped(String text) {
        return text.replaceFirst("[.\\s]+$", "");
    }

    /** A sentence ended once: by its author's own stop, question or exclamation mark, or else by a full stop. */
    static String sentence(String text) {
        String ended = text.stripTrailing();
        return ended.matches("(?s).*[.!?…]$") ? ended : ended + ".";
    }

    private void laureates(List<Minutes.Entry> laureates) throws IOException {
        layout.heading("Palmarès", 32);
        if (laureates.isEmpty()) {
            layout.text("Le jury n’a distingué aucun dossier.");
        }
        for (Minutes.Entry entry : laureates) {
            layout.text("• " + entry.verdict().journalText() + " : " + entry.dossier()
                    + (entry.holder() == null ? "" : " (" + entry.holder() + ")"));
        }
    }
}
