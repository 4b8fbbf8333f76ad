package fr.deciderensemble.trophees.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fr.deciderensemble.trophees.journey.Demo;
import fr.deciderensemble.trophees.journey.FreshDeployment;
import fr.deciderensemble.trophees.journey.Html;
import fr.deciderensemble.trophees.journey.Mailbox;
import fr.deciderensemble.trophees.journey.Registration;
import fr.deciderensemble.trophees.journey.WebSession;
import fr.deciderensemble.trophees.media.SampleFiles;
import fr.deciderensemble.trophees.pdf.VeraPdf;
import jakarta.mail.internet.MimeMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A dossier's files, in Payara Micro on PostgreSQL: they go in and come out byte for byte, bad ones are refused with a
 * message and change nothing, the limits hold, nobody but those who may read the dossier gets them, and the receipt
 * of a submission (PDF/A, mailed and downloadable) lists them with their SHA-256.
 */
@ExtendWith(ArquillianExtension.class)
class AttachmentsIT {

    private static final Pattern FILE = Pattern.compile("/candidat/piece/(\\d+)\" download=\"\">([^<]+)</a>");
    private static final int MB = 1024 * 1024;
    private static boolean callOpen;
    /** The application's mails, caught by GreenMail for the whole class. */
    @RegisterExtension
    static final GreenMailExtension mail = Mailbox.server();

    @ArquillianResource
    private URL base;

    private WebSession candidate;
    private String dossier;

    @Deployment(testable = false)
    static WebArchive application() throws SQLException {
        return FreshDeployment.onFreshDatabase();
    }

    @BeforeEach
    void aNewDossier() throws Exception {
        if (!callOpen) {
            Demo.openCall(base.toURI(), 2027);
            callOpen = true;
        }
        candidate = Demo.signedIn(base.toURI(), Demo.CANDIDATE);
        dossier = Demo.startDossier(candidate);
    }

    @Test
    void filesGoInAndComeOutByteForByte() throws Exception {
        byte[] report = pdf(3 * MB);
        byte[] note = SampleFiles.docx();
        byte[] photo = SampleFiles.jpeg(800, 600);

        assertThat(Html.text(attach("Bilan de la concertation.pdf", report).body()))
                .contains("Le fichier a été ajouté au dossier.");
        attach("Note.docx", note);
        attach("photo.jpeg", photo);

        Map<String, String> files = files();
        assertThat(files.values()).containsExactly("Bilan de la concertation.pdf", "Note.docx", "photo.jpeg");
        assertThat(candidate.get(dossier).body()).contains("3 Mo", "Word (DOCX)", "JPEG");
        List<String> ids = new ArrayList<>(files.keySet());
        HttpResponse<byte[]> back = candidate.download("/candidat/piece/" + ids.get(0));
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).isEqualTo(report);
        assertThat(back.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(back.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("filename*=UTF-8''Bilan%20de%20la%20concertation.pdf");
        assertThat(back.headers().firstValue("ETag")).hasValue("\"" + sha256(report) + "\"");
        assertThat(candidate.download("/candidat/piece/" + ids.get(1)).body()).isEqualTo(note);
        assertThat(candidate.download("/candidat/piece/" + ids.get(2)).body()).isEqualTo(photo);
    }

    @Test
    void badFilesAreRefusedWithAMessageAndChangeNothing() throws Exception {
        attach("programme.pdf", pdf(1000));
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("vide.pdf", "Ce fichier est vide");
        refusals.put("setup.pdf", "Ce type de fichier n’est pas accepté");
        refusals.put("photo.pdf", "qui est une image PNG : renommez-le en .png");
        refusals.put("rapport.docx", "se déploierait en une taille démesurée");
        refusals.put("carte.png", "dépasse 10 000 pixels de côté");
        refusals.put("archives.docx", "Ce type de fichier n’est pas accepté");
        refusals.put("énorme.pdf", "dépasse 10");
        Map<String, byte[]> contents = Map.of("vide.pdf", new byte[0],
                "setup.pdf", "MZ\u0090 un programme".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                "photo.pdf", SampleFiles.png(60, 40),
                "rapport.docx", SampleFiles.docxBomb(300L * MB),
                "carte.png", SampleFiles.pngHeaderOnly(20_000, 20_000),
                "archives.docx", SampleFiles.zip(),
                "énorme.pdf", pdf(10 * MB + 1));
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            HttpResponse<String> answer = attach(refusal.getKey(), contents.get(refusal.getKey()));
            assertThat(answer.statusCode()).as(refusal.getKey()).isEqualTo(200);
            assertThat(Html.text(answer.body())).as(refusal.getKey()).contains(refusal.getValue())
                    .doesNotContain("Exception", "ajouté");
        }
        assertThat(files().values()).containsExactly("programme.pdf");
    }

    @Test
    void aDossierHoldsTenFilesAndThirtyMegabytes() throws Exception {
        for (int i = 1; i <= 10; i++) {
            attach("annexe-" + i + ".pdf", pdf(1000));
        }
        assertThat(Html.text(attach("annexe-11.pdf", pdf(1000)).body()))
                .contains("Un dossier compte au plus 10 pièces jointes");
        assertThat(files()).hasSize(10);

        String second = Demo.startDossier(candidate);
        dossier = second;
        for (int i = 1; i <= 3; i++) {
            assertThat(Html.text(attach("gros-" + i + ".pdf", pdf(10 * MB)).body())).as("10 MB exactly")
                    .contains("Le fichier a été ajouté au dossier.");
        }
        assertThat(Html.text(attach("petit.pdf", pdf(1000)).body())).contains("30 Mo en tout");
        assertThat(files()).hasSize(3);
    }

    @Test
    void aFileIsDeletedUntilSubmissionAndTheReceiptListsWhatWasSubmitted() throws Exception {
        byte[] kept = pdf(2000);
        attach("brouillon.pdf", pdf(1000));
        attach("final.pdf", kept);
        HttpResponse<String> page = candidate.get(dossier);
        Map<String, String> fields = new LinkedHashMap<>(Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "files:0:remove", "jakarta.faces.partial.execute", "files:0:remove",
                "jakarta.faces.partial.render", "files-region", "files:0:remove", "files:0:remove", "dossier", "dossier"));
        fields.putAll(WebSession.formState(page.body()));
        assertThat(Html.text(candidate.post(dossier, fields).body())).contains("Le fichier a été supprimé");
        assertThat(files().values()).containsExactly("final.pdf");

        HttpResponse<String> submitted = candidate.submit(dossier, "dossier", "submit",
                Demo.completeDossier("Des fichiers à l’appui"));
        assertThat(Html.messages(submitted.body())).contains("Votre dossier est déposé");
        String read = candidate.get(dossier).body();
        assertThat(read).contains("final.pdf").doesNotContain("id=\"upload\"", "Supprimer");

        Matcher receipt = Pattern.compile("href=\"(/candidat/recu/\\d+)\"[^>]*>Accusé de réception \\(PDF\\) n° ([\\d-]+)")
                .matcher(read);
        assertThat(receipt.find()).as("the receipt is offered on the dossier's page").isTrue();
        HttpResponse<byte[]> pdf = candidate.download(receipt.group(1));
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(VeraPdf.failures(pdf.body(), PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(VeraPdf.failures(pdf.body(), PDFAFlavour.PDFUA_1)).isEmpty();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Accusé de réception n° " + receipt.group(2), "Des fichiers à l’appui",
                "final.pdf — PDF", sha256(kept)).doesNotContain("brouillon.pdf");

        assertThat(Mailbox.attachment(receiptMail(receipt.group(2)), "accuse-de-reception-" + receipt.group(2) + ".pdf"))
                .as("the mail carries the same receipt").isEqualTo(pdf.body());

        assertThat(Demo.signedIn(base.toURI(), Demo.STAFF).download(receipt.group(1)).statusCode())
                .as("the candidate's own").isEqualTo(403);
        assertThat(Registration.confirmedCandidate(base.toURI(), mail, "voisine@exemple.org", "Mairie voisine")
                .download(receipt.group(1)).statusCode()).as("not another candidate's, by its number").isEqualTo(404);
        try (ZipInputStream export = new ZipInputStream(new ByteArrayInputStream(
                candidate.download("/candidat/mes-donnees.zip").body()))) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry = export.getNextEntry(); entry != null; entry = export.getNextEntry()) {
                names.add(entry.getName());
            }
            assertThat(names).as("the export holds the receipt")
                    .anyMatch(name -> name.endsWith("/recus/accuse-de-reception-" + receipt.group(2) + ".pdf"));
        }
    }

    /** The receipt mail of this number, once the outbox has sent it. */
    private static MimeMessage receiptMail(String number) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : mail.getReceivedMessagesForDomain(Demo.CANDIDATE)) {
                if (Mailbox.text(message).contains("n°\u00a0" + number)) {
                    return message;
                }
            }
            mail.waitForIncomingEmail(2000, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No receipt mail " + number);
    }

    @Test
    void onlyThoseWhoMayReadTheDossierGetItsFiles() throws Exception {
        attach("confidentiel.pdf", pdf(5000));
        String file = "/piece/" + files().keySet().iterator().next();

        WebSession other = Registration.confirmedCandidate(base.toURI(), mail, "autre@exemple.org", "Autre Mairie");
        assertThat(other.download("/candidat" + file).statusCode()).as("another candidate").isEqualTo(404);
        assertThat(other.download("/candidat/piece/99999999").statusCode()).isEqualTo(404);
        assertThat(other.download("/candidat/piece/abc").statusCode()).isEqualTo(404);
        WebSession staff = Demo.signedIn(base.toURI(), Demo.STAFF);
        assertThat(staff.download("/equipe" + file).statusCode()).as("staff, a draft").isEqualTo(404);
        assertThat(staff.download("/candidat" + file).statusCode()).as("staff, the candidate's area").isEqualTo(403);
        assertThat(Demo.signedIn(base.toURI(), "jure1@trophees.example").download("/jury" + file).statusCode())
                .as("a juror it is not assigned to").isEqualTo(404);
        assertThat(new WebSession(base.toURI()).download("/candidat" + file).statusCode()).as("anonymous")
                .isNotEqualTo(200);

        candidate.submit(dossier, "dossier", "submit", Demo.completeDossier("Un dossier et son annexe"));
        assertThat(staff.download("/equipe" + file).statusCode()).as("staff, once submitted").isEqualTo(200);
    }

    @Test
    void theLogoIsAPngOrJpegReplacedByTheNext() throws Exception {
        assertThat(Html.text(attach("logo-upload", "logo.png", gif()).body()))
                .contains("Ce type de fichier n’est pas accepté");
        assertThat(Html.text(attach("logo-upload", "logo.png", SampleFiles.png(200, 100)).body()))
                .contains("Le logo a été enregistré.");
        assertThat(Html.text(attach("logo-upload", "logo.jpg", SampleFiles.jpeg(200, 100)).body()))
                .contains("Le logo a été enregistré.");
        String page = candidate.get(dossier).body();
        Matcher logo = Pattern.compile("src=\"/candidat/piece/(\\d+)\"").matcher(page);
        assertThat(logo.find()).isTrue();
        assertThat(candidate.download("/candidat/piece/" + logo.group(1)).headers().firstValue("Content-Type"))
                .hasValue("image/jpeg");
        assertThat(files()).as("the logo is no attachment").isEmpty();
    }

    @Test
    void theExportHoldsEveryFile() throws Exception {
        byte[] report = pdf(200_000);
        attach("Compte rendu.pdf", report);
        String id = files().keySet().iterator().next();

        HttpResponse<byte[]> zip = candidate.download("/candidat/mes-donnees.zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        String path = entries.keySet().stream().filter(name -> name.endsWith("/" + id + "-Compte rendu.pdf"))
                .findFirst().orElseThrow();
        assertThat(entries.get(path)).isEqualTo(report);
        JsonObject data = Json.createReader(new ByteArrayInputStream(entries.get("donnees.json"))).readObject();
        assertThat(data.getJsonArray("dossiers").getValuesAs(JsonObject.class)).anySatisfy(d -> assertThat(
                d.getJsonArray("files").getJsonObject(0).getString("sha256")).isEqualTo(sha256(report)));
    }

    private HttpResponse<String> attach(String name, byte[] content) throws Exception {
        return attach("upload", name, content);
    }

    private HttpResponse<String> attach(String upload, String name, byte[] content) throws Exception {
        return Demo.attach(candidate, dossier, upload, name, content);
    }

    /** The dossier's attachments as its page lists them: id → name. */
    private Map<String, String> files() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        Matcher file = FILE.matcher(candidate.get(dossier).body());
        while (file.find()) {
            files.put(file.group(1), file.group(2));
        }
        return files;
    }

    /** A PDF as far as its bytes' signature goes, of the given size. */
    private static byte[] pdf(int size) {
        byte[] pdf = new byte[size];
        new Random(size).nextBytes(pdf);
        byte[] head = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, Math.min(head.length, size));
        return pdf;
    }

    private static byte[] gif() {
        return "GIF89a\u0001\u0000\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
