package fr.deciderensemble.trophees.candidacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
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

    /** What a receipt prints, in the candidate's language: the submission, the dossier as submitted, its files. */
    record Facts(String number, OffsetDateTime submittedAt, int year, String candidate, String email,
            DossierContent content, List<FileLine> files, FileLine logo, Locale locale) {
    }

    /** A file as the receipt describes it. */
    record FileLine(String name, String type, long size, String sha256) {

        static FileLine of(StoredFile file) {
            return new FileLine(file.getName(), file.getType().getLabel(), file.getSize(), file.getSha256());
        }
    }

    private final DocumentLayout layout;
    private final ResourceBundle labels;

    private ReceiptPdf(DocumentLayout layout, Locale locale) {
        this.layout = layout;
        this.labels = ResourceBundle.getBundle("messages", locale);
    }

    static byte[] render(Facts facts) {
        ResourceBundle labels = ResourceBundle.getBundle("messages", facts.locale());
        String title = MessageFormat.format(labels.getString("receipt.pdf.title"), facts.number());
        try (PDDocument document = new PDDocument()) {
            PdfStandards.declare(document, title + " — " + PROGRAMME, AUTHOR, facts.locale());
            try (DocumentLayout layout = new DocumentLayout(document, new DocumentFonts(document))) {
                new ReceiptPdf(layout, facts.locale()).write(title, facts);
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
        layout.title(title, say("receipt.pdf.edition", PROGRAMME, facts.year()));
        layout.text(say("receipt.pdf.received", content.title(), facts.candidate(), facts.email(),
                ParisTime.text(facts.submittedAt(), facts.locale())));
        layout.text(say("receipt.pdf.fingerprints"));
        project(content);
        holder(content.holder());
        approach(content);
        contacts(content.contacts());
        files(facts.files(), facts.logo());
        layout.finish(title, facts.locale());
    }

    private void project(DossierContent content) throws IOException {
        layout.heading(say("dossier.section.PROJECT"), 48);
        field("dossier.title", content.title());
        field("dossier.approachType", label("approachType.", content.approachType()));
        field("dossier.theme", label("theme.", content.theme()));
        if (!content.keyPoints().isEmpty()) {
            layout.subheading(say("dossier.keyPoints"), 24);
            for (String point : content.keyPoints()) {
                layout.text("• " + point);
            }
        }
    }

    private void holder(DossierContent.Holder holder) throws IOException {
        layout.heading(say("dossier.section.HOLDER"), 48);
        field("dossier.holderName", holder.name());
        field("dossier.holderType", label("holderType.", holder.type()));
        field("dossier.holderAddress", String.join(", ", nonEmpty(holder.address(),
                String.join(" ", nonEmpty(holder.postcode(), holder.commune())))));
        field("dossier.departments", String.join(", ", holder.departments().stream().map(Department::printed).toList()));
        field("dossier.holderWebsite", holder.website());
    }

    private void approach(DossierContent content) throws IOException {
        layout.heading(say("dossier.section.APPROACH"), 48);
        paragraph("dossier.approach", content.approach());
        if (!content.objectives().isEmpty()) {
            layout.subheading(say("dossier.objectives"), 24);
            for (String objective : content.objectives()) {
                layout.text("• " + objective);
            }
        }
        paragraph("dossier.targetAudience", content.targetAudience());
        if (!content.steps().isEmpty()) {
            layout.subheading(say("dossier.steps"), 24);
            int number = 1;
            for (DossierContent.Step step : content.steps()) {
                layout.text(number++ + ". " + String.join(" — ", nonEmpty(step.title(), step.text()))
                        .replaceAll("\\R+", " "));
            }
        }
        paragraph("dossier.otherActors", content.otherActors());
        paragraph("dossier.results", content.results());
    }

    private void contacts(List<DossierContent.Contact> contacts) throws IOException {
        layout.heading(say("dossier.section.CONTACTS"), 32);
        if (contacts.isEmpty()) {
            layout.text(say("receipt.pdf.noContact"));
        }
        for (DossierContent.Contact contact : contacts) {
            layout.text("• " + String.join(" · ", nonEmpty(contact.name(), contact.role(), contact.email(),
                    contact.phone())));
        }
    }

    private void files(List<FileLine> files, FileLine logo) throws IOException {
        layout.heading(say("receipt.pdf.files"), 32);
        if (files.isEmpty()) {
            layout.text(say("receipt.pdf.noFile"));
        }
        for (FileLine file : files) {
            describe(file);
        }
        if (logo != null) {
            layout.subheading(say("dossier.logo"), 24);
            describe(logo);
        }
    }

    private void describe(FileLine file) throws IOException {
        layout.text("• " + say("receipt.pdf.file", file.name(), file.type(), size(file.size()), file.sha256()));
    }

    private void field(String key, String value) throws IOException {
        layout.text(say("receipt.pdf.field", say(key), value == null || value.isBlank() ? "—" : value));
    }

    private void paragraph(String key, String text) throws IOException {
        if (text != null && !text.isBlank()) {
            layout.subheading(say(key), 24);
            // One paragraph per line the candidate typed: a line break is no glyph.
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    layout.text(line);
                }
            }
        }
    }

    private String label(String prefix, String code) {
        return code == null || !labels.containsKey(prefix + code) ? code : labels.getString(prefix + code);
    }

    private String say(String key, Object... arguments) {
        return new MessageFormat(labels.getString(key), labels.getLocale()).format(arguments);
    }

    private static List<String> nonEmpty(String... values) {
        return java.util.Arrays.stream(values).filter(value -> value != null && !value.isBlank()).toList();
    }

    /** "21,6 Ko" or "21.6 KB", "3,2 Mo" or "3.2 MB": sizes as the reader writes them. */
    private String size(long bytes) {
        return bytes < 1024 * 1024 ? say("receipt.pdf.kilobytes", bytes / 1024.0)
                : say("receipt.pdf.megabytes", bytes / (1024.0 * 1024));
    }
}
