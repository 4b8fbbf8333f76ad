package fr.deciderensemble.trophees.journey;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.deciderensemble.trophees.media.SampleFiles;

/** The demo accounts' first steps, which many tests need before what they test: a call open, a dossier started. */
public final class Demo {

    public static final String PASSWORD = "trophees-demo";
    public static final String STAFF = "equipe@trophees.example";
    public static final String CANDIDATE = "candidat@trophees.example";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Pattern DOSSIER_ID = Pattern.compile("id=(\\d+)");

    private Demo() {
    }

    public static WebSession signedIn(URI base, String email) throws Exception {
        WebSession session = new WebSession(base);
        HttpResponse<String> home = session.login(email, PASSWORD);
        if (home.uri().getPath().endsWith("/connexion.xhtml")) {
            throw new IllegalStateException("Login refused for " + email);
        }
        return session;
    }

    /** Staff create the edition of this year and open its call, which closes in five days: the edition's staff page. */
    public static String openCall(URI base, int year) throws Exception {
        WebSession staff = signedIn(base, STAFF);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris"));
        staff.submit("/equipe/editions.xhtml", "new-edition", "create", Map.of(
                "year", String.valueOf(year), "callOpensAt", LOCAL.format(now.minusDays(1)),
                "submissionDeadline", LOCAL.format(now.plusDays(5)), "scoringDeadline", LOCAL.format(now.plusDays(10)),
                "ceremonyAt", LOCAL.format(now.plusDays(20))));
        Matcher edition = Pattern.compile("edition\\.xhtml\\?id=(\\d+)\">" + year)
                .matcher(staff.get("/equipe/editions.xhtml").body());
        if (!edition.find()) {
            throw new IllegalStateException("Edition " + year + " was not created");
        }
        String page = "/equipe/edition.xhtml?id=" + edition.group(1);
        HttpResponse<String> opened = staff.submit(page, "edition", "openCall", Map.of());
        if (!opened.body().contains("L’appel à candidatures est ouvert")) {
            throw new IllegalStateException("The call of " + year + " did not open");
        }
        return page;
    }

    /** A new dossier of this candidate in the open call: the address of its page. */
    public static String startDossier(WebSession candidate) throws Exception {
        HttpResponse<String> started = candidate.submit("/candidat/dossiers.xhtml", "start", "newDossier", Map.of());
        return "/candidat/dossier.xhtml?id=" + dossierId(started);
    }

    /**
     * The dossier page's own save, as its script sends it (every field of the form, as the page drew it, with
     * these changes) by {@code who}, to the dossier whose page this is: JSON, {@code "saved"} or {@code "explain"}.
     */
    public static HttpResponse<String> autosave(WebSession who, HttpResponse<String> page, Map<String, String> changes)
            throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(Html.formFields(page.body(), "dossier"));
        fields.putAll(changes);
        return autosave(who, dossierId(page), fields);
    }

    /** The page's own save of these fields (all of the form's) to this dossier. */
    public static HttpResponse<String> autosave(WebSession who, String dossierId, Map<String, String> fields)
            throws Exception {
        return who.post("/candidat/enregistrement/" + dossierId, fields, "X-Trophees-Autosave", "1");
    }

    /** The id of the dossier whose page this is. */
    public static String dossierId(HttpResponse<String> page) {
        Matcher id = DOSSIER_ID.matcher(page.uri().getQuery());
        if (!id.find()) {
            throw new IllegalStateException("Not a dossier page: " + page.uri());
        }
        return id.group(1);
    }

    /**
     * Sends a file as one of the dossier page's uploads does ({@code upload} or {@code logo-upload}): one Ajax
     * request per file; the answer redraws the part of the page the upload updates.
     */
    public static HttpResponse<String> attach(WebSession candidate, String dossier, String upload, String name,
            byte[] content) throws Exception {
        HttpResponse<String> page = candidate.get(dossier);
        Map<String, String> fields = new LinkedHashMap<>(Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", upload, "jakarta.faces.partial.execute", upload,
                "jakarta.faces.partial.render", upload.equals("logo-upload") ? "logo-region" : "files-region", "dossier", "dossier", upload + "_totalFilesCount", "1"));
        fields.putAll(WebSession.formState(page.body()));
        return candidate.upload(dossier, fields, upload, name, content);
    }

    /**
     * A new dossier of this candidate with one PDF attached, submitted under this title: the path of the file
     * under an area, such as /piece/42.
     */
    public static String submittedDossierWithAFile(WebSession candidate, String title) throws Exception {
        String dossier = startDossier(candidate);
        Matcher file = Pattern.compile("/candidat(/piece/\\d+)")
                .matcher(attach(candidate, dossier, "upload", "annexe.pdf", SampleFiles.pdf()).body());
        if (!file.find()) {
            throw new IllegalStateException("No file on the dossier page after an upload");
        }
        HttpResponse<String> submitted = candidate.submit(dossier, "dossier", "submit", completeDossier(title));
        if (!Html.messages(submitted.body()).contains("Votre dossier est déposé")) {
            throw new IllegalStateException("Not submitted: " + Html.messages(submitted.body()));
        }
        return file.group(1);
    }

    /**
     * The fields of a dossier complete enough to submit, named as the form names them, with this title and
     * objectives and steps: the form starts with one step row.
     */
    public static Map<String, String> completeDossier(String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("approachType", "BP");
        fields.put("theme", "MTH");
        fields.put("keyPoint:0:text", "Un habitant sur cinq a voté");
        fields.put("holderName", "Mairie de Démo-sur-Loire");
        fields.put("holderType", "PV");
        fields.put("holderPostcode", "44000");
        fields.put("holderCommune", "Démo-sur-Loire");
        fields.put("departments", "44");
        fields.put("approach", "Un budget participatif.");
        fields.put("objectives", "Associer les habitants");
        fields.put("targetAudience", "Les habitants");
        fields.put("step:0:title", "Appel à projets");
        fields.put("step:0:text", "Les habitants proposent, puis votent.");
        fields.put("contact:0:name", "Camille Martin");
        fields.put("contact:0:email", "camille.martin@demo-sur-loire.example");
        return fields;
    }
}
