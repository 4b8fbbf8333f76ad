package fr.deciderensemble.trophees.candidacy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.media.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.transaction.Transactional;

/**
 * What the application keeps about a candidate, as a ZIP they may download and read: the account and every
 * dossier in full, contact persons included, in donnees.json, and each dossier's files and receipts beside it
 * under dossiers/{id}/ (the right to data portability). Reads only; the files are streamed one chunk at a time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PersonalData {

    static final String ENTRY = "donnees.json";

    @Inject
    private Dossiers dossiers;

    @Inject
    private Attachments attachments;

    @Inject
    private Receipts receipts;

    @Inject
    private FileStore store;

    public void writeZip(Account account, OutputStream out) throws IOException {
        List<Dossier> own = dossiers.of(account);
        // Two queries whatever the number of dossiers; groupingBy keeps each dossier's own order.
        Map<Long, List<Attachment>> attached = attachments.of(own);
        Map<Long, List<Receipt>> received = receipts.of(own);
        Map<Dossier, List<Attachment>> files = new LinkedHashMap<>();
        Map<Dossier, List<Receipt>> issued = new LinkedHashMap<>();
        own.forEach(dossier -> files.put(dossier, attached.getOrDefault(dossier.getId(), List.of())));
        own.forEach(dossier -> issued.put(dossier, received.getOrDefault(dossier.getId(), List.of())));
        // A few dossiers of text: the JSON is small enough to build whole before it is zipped.
        StringWriter json = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(json)) {
            writer.writeObject(json(account, files, issued));
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(ENTRY));
        zip.write(json.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        for (List<Attachment> ofDossier : files.values()) {
            for (Attachment attachment : ofDossier) {
                zip.putNextEntry(new ZipEntry(path(attachment)));
                store.copyTo(attachment.getFile().getId(), zip);
                zip.closeEntry();
            }
        }
        for (List<Receipt> ofDossier : issued.values()) {
            for (Receipt receipt : ofDossier) {
                zip.putNextEntry(new ZipEntry(path(receipt)));
                store.copyTo(receipt.getFile().getId(), zip);
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    /** Two files of a dossier may share a name: the attachment's id keeps them apart. */
    private static String path(Attachment attachment) {
        return "dossiers/" + attachment.getDossier().getId() + "/" + attachment.getId() + "-"
                + attachment.getFile().getName();
    }

    private static String path(Receipt receipt) {
        return "dossiers/" + receipt.getDossier().getId() + "/recus/" + receipt.getFile().getName();
    }

    static JsonObject json(Account account, Map<Dossier, List<Attachment>> own, Map<Dossier, List<Receipt>> issued) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        own.forEach((dossier, files) -> list.add(dossier(dossier).add("files", files(files))
                .add("receipts", receipts(issued.get(dossier)))));
        return Json.createObjectBuilder()
                .add("account", Json.createObjectBuilder().add("email", account.getEmail())
                        .add("name", text(account.getDisplayName())).add("language", account.getLanguage().code())
                        .add("role", account.getRole().name()))
                .add("dossiers", list).build();
    }

    private static JsonObjectBuilder dossier(Dossier dossier) {
        DossierContent content = dossier.content();
        DossierContent.Holder holder = content.holder();
        JsonArrayBuilder steps = Json.createArrayBuilder();
        content.steps().forEach(step -> steps.add(Json.createObjectBuilder().add("title", text(step.title()))
                .add("text", text(step.text()))));
        JsonArrayBuilder contacts = Json.createArrayBuilder();
        content.contacts().forEach(contact -> contacts.add(Json.createObjectBuilder().add("name", text(contact.name()))
                .add("role", text(contact.role())).add("email", text(contact.email()))
                .add("phone", text(contact.phone()))));
        return Json.createObjectBuilder().add("id", dossier.getId()).add("edition", dossier.getEdition().getYear())
                .add("status", dossier.getStatus().name()).add("submittedAt", time(dossier.getSubmittedAt()))
                .add("savedAt", time(dossier.getSavedAt())).add("admissibility", dossier.getAdmissibility().name())
                .add("admissibilityReason", text(dossier.getAdmissibilityReason()))
                .add("title", text(content.title())).add("approachType", text(content.approachType()))
                .add("theme", text(content.theme())).add("keyPoints", Json.createArrayBuilder(content.keyPoints()))
                .add("holder", Json.createObjectBuilder().add("name", text(holder.name()))
                        .add("type", text(holder.type())).add("address", text(holder.address()))
                        .add("postcode", text(holder.postcode())).add("commune", text(holder.commune()))
                        .add("departments", Json.createArrayBuilder(holder.departments()))
                        .add("website", text(holder.website())))
                .add("approach", text(content.approach()))
                .add("objectives", Json.createArrayBuilder(content.objectives()))
                .add("targetAudience", text(content.targetAudience())).add("steps", steps)
                .add("otherActors", text(content.otherActors())).add("results", text(content.results()))
                .add("contacts", contacts);
    }

    private static JsonArrayBuilder files(List<Attachment> files) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        files.forEach(attachment -> list.add(Json.createObjectBuilder().add("path", path(attachment))
                .add("name", attachment.getFile().getName()).add("type", attachment.getFile().getMediaType())
                .add("bytes", attachment.getFile().getSize()).add("sha256", attachment.getFile().getSha256())
                .add("logo", attachment.isLogo()).add("uploadedAt", time(attachment.getUploadedAt()))));
        return list;
    }

    private static JsonArrayBuilder receipts(List<Receipt> receipts) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        receipts.forEach(receipt -> list.add(Json.createObjectBuilder().add("number", receipt.getNumber())
                .add("submittedAt", time(receipt.getSubmittedAt())).add("path", path(receipt))
                .add("sha256", receipt.getFile().getSha256())));
        return list;
    }

    /** Nothing typed is written as an empty string: a reader sees the field exists. */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String time(OffsetDateTime instant) {
        return instant == null ? "" : instant.toString();
    }
}
