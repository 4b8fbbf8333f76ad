package fr.deciderensemble.trophees.candidacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.pdfbox.pdmodel.PDDocument;

import fr.deciderensemble.trophees.media.StoredFile;
import fr.deciderensemble.trophees.pdf.DocumentFonts;
import fr.deciderensemble.trophees.pdf.DocumentLayout;
import fr.deciderensemble.trophees.pdf.PdfStandards;
import fr.deciderensemble.trophees.platform.ParisTime;

/**
 * The receipt of a submission as a PDF/A-2u, PDF/UA-1 document: what the candidate submitted, word for word, when (in
 * Paris time), and the SHA-256 of each attached file, so that the candidate can prove years later what they sent.
 */
final class ReceiptPdf {

    private static final String AUTHOR = "Décider ensemble";
    private static final String PROGRAMME = "Trophées de la participation et de la concertation";
    private static final ResourceBundle LABELS = ResourceBundle.getBundle("messages", Locale.FRENCH);

    /** What a receipt prints: the submission, the dossier as submitted, its files. */
    record Facts(String number, OffsetDateTime submittedAt, int year, String candidate, String email,
            DossierContent content, List<FileLine> files, FileLine logo) {
    }

    /** A file as the receipt describes it. */
    record FileLine(String name, String type, long size, String sha256) {

        static FileLine of(StoredFile file) {
            return new FileLine(file.getName(), file.getType().getLabel(), file.getSize(), file.getSha256());
        }
    }

    private final DocumentLayout layout;

    private ReceiptPdf(DocumentLayout layout) {
        this.layout = layout;
    }

    static byte[] render(Facts facts) {
        String title = "Accusé de réception n° " + facts.number();
        try (PDDocument document = new PDDocument()) {
            PdfStandards.declare(document, title + " — " + PROGRAMME, AUTHOR);
            try (DocumentLayout layout = new DocumentLayout(document, new DocumentFonts(document))) {
                new ReceiptPdf(layout).write(title, facts);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render receipt " + facts.number(), e);
        }
    }

    private void write(String title, Facts facts) throws IOException {
        DossierContent content = facts.content();
        layout.newPage();
        layout.title(title, PROGRAMME + " — édition " + facts.year());
        layout.text("Décider ensemble a reçu le dossier « " + content.title() + " », déposé par " + facts.candidate()
                + " (" + facts.email() + ") le " + ParisTime.text(facts.submittedAt()) + " (heure de Paris).");
        layout.text("Ce document reproduit le dossier tel qu’il a été déposé et l’empreinte SHA-256 de chaque pièce "
                + "jointe : un fichier dont l’empreinte calculée aujourd’hui est la même est bien celui qui a été "
                + "envoyé.");
        project(content);
        holder(content.holder());
        approach(content);
        contacts(content.contacts());
        files(facts.files(), facts.logo());
        layout.finish(title);
    }

    private void project(DossierContent content) throws IOException {
        layout.heading("Le projet", 48);
        field("Titre", content.title());
        field("Type de démarche", label("approachType.", content.approachType()));
        field("Thème principal", label("theme.", content.theme()));
        if (!content.keyPoints().isEmpty()) {
            layout.subheading("À retenir", 24);
            for (String point : content.keyPoints()) {
                layout.text("• " + point);
            }
        }
    }

    private void holder(DossierContent.Holder holder) throws IOException {
        layout.heading("Le porteur", 48);
        field("Nom", holder.name());
        field("Type", label("holderType.", holder.type()));
        field("Adresse", String.join(", ", nonEmpty(holder.address(),
                String.join(" ", nonEmpty(holder.postcode(), holder.commune())))));
        field("Départements", String.join(", ", holder.departments().stream().map(Department::printed).toList()));
        field("Site web", holder.website());
    }

    private void approach(DossierContent content) throws IOException {
        layout.heading("La démarche", 48);
        paragraph("Présentation", content.approach());
        if (!content.objectives().isEmpty()) {
            layout.subheading("Objectifs", 24);
            for (String objective : content.objectives()) {
                layout.text("• " + objective);
            }
        }
        paragraph("Publics visés", content.targetAudience());
        if (!content.steps().isEmpty()) {
            layout.subheading("Étapes", 24);
            int number = 1;
            for (DossierContent.Step step : content.steps()) {
                layout.text(number++ + ". " + String.join(" — ", nonEmpty(step.title(), step.text()))
                        .replaceAll("\\R+", " "));
            }
        }
        paragraph("Autres acteurs", content.otherActors());
        paragraph("Résultats", content.results());
    }

    private void contacts(List<DossierContent.Contact> contacts) throws IOException {
        layout.heading("Les contacts", 32);
        if (contacts.isEmpty()) {
            layout.text("Aucun contact.");
        }
        for (DossierContent.Contact contact : contacts) {
            layout.text("• " + String.join(" · ", nonEmpty(contact.name(), contact.role(), contact.email(),
                    contact.phone())));
        }
    }

    private void files(List<FileLine> files, FileLine logo) throws IOException {
        layout.heading("Pièces jointes", 32);
        if (files.isEmpty()) {
            layout.text("Aucune pièce jointe.");
        }
        for (FileLine file : files) {
            describe(file);
        }
        if (logo != null) {
            layout.subheading("Logo", 24);
            describe(logo);
        }
    }

    private void describe(FileLine file) throws IOException {
        layout.text("• " + file.name() + " — " + file.type() + ", " + size(file.size()) + " — SHA-256 : "
                + file.sha256());
    }

    private void field(String label, String value) throws IOException {
        layout.text(label + " : " + (value == null || value.isBlank() ? "—" : value));
    }

    private void paragraph(String label, String text) throws IOException {
        if (text != null && !text.isBlank()) {
            layout.subheading(label, 24);
            // One paragraph per line the candidate typed: a line break is no glyph.
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    layout.text(line);
                }
            }
        }
    }

    private static String label(String prefix, String code) {
        return code == null || !LABELS.containsKey(prefix + code) ? code : LABELS.getString(prefix + code);
    }

    private static List<String> nonEmpty(String... values) {
        return java.util.Arrays.stream(values).filter(value -> value != null && !value.isBlank()).toList();
    }

    /** "21,6 Ko", "3,2 Mo": sizes as a French reader writes them. */
    static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.FRENCH, "%.1f Ko", bytes / 1024.0)
                : String.format(Locale.FRENCH, "%.1f Mo", bytes / (1024.0 * 1024));
    }
}
