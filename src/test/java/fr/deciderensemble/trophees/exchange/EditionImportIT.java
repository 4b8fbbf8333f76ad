package fr.deciderensemble.trophees.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.deciderensemble.trophees.journey.FreshDeployment;
import fr.deciderensemble.trophees.journey.WebSession;

/**
 * A past edition imported through the API in Payara Micro on PostgreSQL, and its booklet and palmarès
 * read by anyone. Uses the year 2020 (and 2018 last, for the home page's order) only, so that it does
 * not depend on what other tests leave behind.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditionImportIT {

    private static final String STAFF = "equipe@trophees.example";
    private static final String PASSWORD = "trophees-demo";
    private static final String FOUR_STAR_TITLE = "PARLONS ENSEMBLE DE CACHAN !";

    @ArquillianResource
    private URL base;

    /** A fresh database, the one the failsafe configuration points the application at. */
    @Deployment(testable = false)
    static WebArchive application() throws SQLException {
        return FreshDeployment.onFreshDatabase();
    }

    @Test
    @Order(1)
    void invalidInputNamesEveryProblemAndStoresNothing() throws Exception {
        String json = Files.readString(EditionJsonTest.EDITION_2020)
                .replaceFirst("\"stars\": 4", "\"stars\": 5")
                .replaceFirst("\"holder\": \"Ville de Cachan\"", "\"holder\": \"" + "x".repeat(201) + "\"")
                .replaceFirst("\"year\": 2020", "\"year\": \"deux mille vingt\"");

        HttpResponse<String> response = post(json, STAFF);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":400", "\"pointer\":\"/year\"",
                "\"pointer\":\"/laureates/0/stars\"", "\"pointer\":\"/laureates/0/holder\"",
                "Un lauréat reçoit de 1 à 4 étoiles.", "200 caractères au plus");
        assertThat(get("/api/editions", STAFF).body()).doesNotContain("2020");
    }

    @Test
    @Order(2)
    void malformedJsonIsAProblemDocument() throws Exception {
        HttpResponse<String> response = post("{\"year\": 2020,", STAFF);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Le fichier n’est pas un document JSON valide.");
    }

    @Test
    @Order(3)
    void aPastEditionIsStoredOnceAndOnlyOnce() throws Exception {
        String json = Files.readString(EditionJsonTest.EDITION_2020);

        HttpResponse<String> created = post(json, STAFF);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/editions/2020"));

        HttpResponse<String> again = post(json.replace(FOUR_STAR_TITLE, "UN AUTRE TITRE"), STAFF);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Une édition existe déjà pour cette année.");

        HttpResponse<String> stored = get("/api/editions/2020", STAFF);
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.body()).contains(FOUR_STAR_TITLE, "CHANTAL JOUANNO").doesNotContain("UN AUTRE TITRE");
        assertThat(EditionJson.read(stored.body()).edition().laureates()).hasSize(40);
    }

    @Test
    @Order(4)
    void anyoneReadsThePublishedBookletStoredBeforeAnybodyAsked() throws Exception {
        String stored = awaitCurrentBooklet();

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve("/api/editions/2020/booklet.pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).as("the download is the booklet stored at the import")
                .hasValue("\"" + stored + "\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            // The booklet sets French spacing: a narrow no-break space before "!".
            assertThat(new PDFTextStripper().getText(pdf)).contains(FOUR_STAR_TITLE.replace(" !", "\u202f!"));
        }
    }

    @Test
    @Order(5)
    void anUnknownYearIsAProblemDocumentEvenAnonymously() throws Exception {
        HttpResponse<String> response = get("/api/editions/2019/booklet.pdf", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    @Order(6)
    void theEditionItselfStaysForStaff() throws Exception {
        assertThat(get("/api/editions/2020", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/editions/2020", "jure1@trophees.example").statusCode()).isEqualTo(403);
        assertThat(get("/api/editions", "candidat@trophees.example").statusCode()).isEqualTo(403);
    }

    @Test
    @Order(7)
    void onlyStaffImports() throws Exception {
        String json = Files.readString(EditionJsonTest.EDITION_2020).replace("\"year\": 2020", "\"year\": 2019");

        assertThat(post(json, "jure1@trophees.example").statusCode()).isEqualTo(403);
        assertThat(post(json, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/editions/2019", STAFF).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(8)
    void aStaffSessionCookieAloneCannotImport() throws Exception {
        WebSession browser = new WebSession(base.toURI());
        assertThat(browser.login(STAFF, PASSWORD).statusCode()).isEqualTo(200);

        HttpResponse<String> forged = browser.post("/api/editions", Map.of("year", "2019"));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(get("/api/editions/2019", STAFF).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(9)
    void staffRewriteALaureatesTextAndTheBookletPrintsIt() throws Exception {
        WebSession staff = new WebSession(base.toURI());
        staff.login(STAFF, PASSWORD);
        String editions = staff.get("/equipe/editions.xhtml").body();
        Matcher edition = Pattern.compile("id=\"edition-2020\" href=\"[^\"]*id=(\\d+)\"").matcher(editions);
        assertThat(edition.find()).isTrue();
        String row = editions.substring(edition.start(), editions.indexOf("</tr>", edition.start()));
        assertThat(row.split("—</td>", -1)).as("the imported edition's deadline and ceremony read '—', not blank")
                .hasSize(3);
        assertThat(staff.get("/equipe/edition.xhtml?id=" + edition.group(1)).body())
                .as("a past edition, imported, waits for nothing: no call to open, no jury to set")
                .contains("id=\"phase\"").doesNotContain("id=\"openCall\"", "id=\"jurorsPerDossier\"");
        String booklet = staff.get("/equipe/livret.xhtml?edition=" + edition.group(1)).body();
        assertThat(booklet).contains("Décider ensemble", "Commission nationale du débat public", FOUR_STAR_TITLE);
        Matcher laureate = Pattern.compile("laureat\\.xhtml\\?id=(\\d+)\"><strong>" + Pattern.quote(FOUR_STAR_TITLE))
                .matcher(booklet);
        assertThat(laureate.find()).isTrue();
        String page = "/equipe/laureat.xhtml?id=" + laureate.group(1);
        assertThat(staff.get(page).body()).contains("Ville de Cachan");

        HttpResponse<String> refused = staff.submit(page, "laureate", "save", Map.of("title", "Titre refusé",
                "departments", "Val-de-Marne\n" + "d".repeat(201), "holder", "h".repeat(201)));
        assertThat(refused.body()).as("each refusal beside its own field").containsPattern(
                "id=\"departments\"[^>]*aria-invalid=\"true\"[\\s\\S]*id=\"departments-problem\"[^>]*>"
                        + "20 départements au plus, de 200 caractères au plus chacun\\.")
                .containsPattern("id=\"holder\"[^>]*aria-invalid=\"true\"[\\s\\S]*id=\"holder-problem\"[^>]*>"
                        + "Le porteur de projet ne peut dépasser 200 caractères\\.")
                .doesNotContain("id=\"title-problem\"");
        HttpResponse<String> longStep = staff.submit(page, "laureate", "save", Map.of("title", "Titre refusé",
                "steps:0:stepTitle", "s".repeat(201)));
        assertThat(longStep.body()).as("a step over its limits is marked where it is")
                .containsPattern("id=\"steps:0:stepTitle\"[^>]*aria-invalid=\"true\"[^<]*/?>\\s*<span[^>]*field-error[^>]*>20 étapes au plus");

        // Two saves in a row: their booklets build side by side, and the first may end last.
        HttpResponse<String> first = staff.submit(page, "laureate", "save", Map.of("title", "Parlons de Cachan"));
        assertThat(first.body()).contains("Le texte du lauréat a été enregistré.");
        HttpResponse<String> saved = staff.submit(page, "laureate", "save", Map.of("title", "Parlons ensemble de Cachan",
                "holder", "Ville de Cachan", "objectives", "Co-construire\nRéunir",
                "departments", "Val-de-Marne\nEssonne", "partnerNote", "En partenariat avec la Région",
                "steps:0:stepTitle", "Une écoute des habitants"));

        assertThat(saved.body()).contains("Le texte du lauréat a été enregistré.", "Val-de-Marne\nEssonne",
                "value=\"En partenariat avec la Région\"");
        assertThat(saved.uri().getQuery()).as("the address after a save names the laureate once")
                .isEqualTo("id=" + laureate.group(1));
        assertThat(saved.body()).as("and so does its form").contains("action=\"/equipe/laureat.xhtml?id=" + laureate.group(1) + "\"");
        String stored = awaitCurrentBooklet();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve("/api/editions/2020/booklet.pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.headers().firstValue("ETag")).as("the rewrite's booklet, stored once it was saved")
                .hasValue("\"" + stored + "\"");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Parlons ensemble de Cachan",
                    "Val-de-Marne, Essonne", "En partenariat avec la Région", "Une écoute des habitants",
                    "Une phase de dialogue").doesNotContain(FOUR_STAR_TITLE, "Titre refusé", "Parlons de Cachan");
        }
    }

    @Test
    @Order(10)
    void anInvalidFileUploadedByStaffIsExplainedInFrench() throws Exception {
        WebSession staff = new WebSession(base.toURI());
        staff.login(STAFF, PASSWORD);
        Map<String, String> fields = new HashMap<>(WebSession.formState(staff.get("/equipe/editions.xhtml").body()));
        fields.putAll(Map.of("import-edition", "import-edition", "import", ""));
        String json = "{\"year\": 2019, \"laureates\": [{\"title\": \"Projet\", \"stars\": 0}]}";

        HttpResponse<String> response = staff.upload("/equipe/editions.xhtml", fields, "file", "edition.json",
                json.getBytes(StandardCharsets.UTF_8));

        assertThat(response.body()).contains("/laureates/0/stars\u00a0: Un lauréat reçoit de 1 à 4 étoiles.");
        assertThat(get("/api/editions/2019", STAFF).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(11)
    void staffGiveAnOrganisationALogoAndADamagedOrOversizedImageIsRefused() throws Exception {
        WebSession staff = new WebSession(base.toURI());
        staff.login(STAFF, PASSWORD);
        Matcher edition = Pattern.compile("id=\"edition-2020\" href=\"[^\"]*id=(\\d+)\"")
                .matcher(staff.get("/equipe/editions.xhtml").body());
        assertThat(edition.find()).isTrue();
        String page = "/equipe/livret.xhtml?edition=" + edition.group(1);
        byte[] png = png();

        HttpResponse<String> damaged = uploadLogo(staff, page, Arrays.copyOf(png, 30));
        assertThat(damaged.body()).as("the refusal beside the file field")
                .containsPattern("id=\"logo\"[^>]*aria-invalid=\"true\"[\\s\\S]*id=\"logo-problem\"[^>]*>Cette image est illisible ou abîmée")
                .doesNotContain("logo enregistré");
        HttpResponse<String> overTwoMegabytes = uploadLogo(staff, page, Arrays.copyOf(png, 3 * 1024 * 1024));
        assertThat(overTwoMegabytes.body()).containsPattern("id=\"logo-problem\"[^>]*>L’image dépasse 2 Mo\\.");
        HttpResponse<String> unreadable = uploadLogo(staff, page, Arrays.copyOf(png, 12 * 1024 * 1024));
        assertThat(unreadable.body()).contains("Le fichier envoyé est trop volumineux").doesNotContain("Exception");
        assertThat(staff.get(page).body()).doesNotContain("logo enregistré");

        HttpResponse<String> stored = uploadLogo(staff, page, png);
        assertThat(stored.body()).contains("Le logo a été enregistré.", "logo enregistré");
        HttpResponse<String> replaced = uploadLogo(staff, page, png);
        assertThat(replaced.body()).contains("Le logo a été enregistré.");
        assertThat(get("/api/editions/2020/booklet.pdf", null).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(12)
    void anyoneReadsTheImportedPalmaresByLevelWithStaffsTexts() throws Exception {
        String page = new WebSession(base.toURI()).get("/resultats.xhtml?annee=2020").body();

        assertThat(page).contains("id=\"booklet\"").doesNotContain("id=\"not-published\"", "special-mentions");
        String four = level(page, "stars-4");
        assertThat(four).contains("Lauréats 4 étoiles", "(6 lauréats)", "MON PARCOURS COLLÈGE",
                "Département de la Loire-Atlantique", "département\u00a0: Loire-Atlantique (44)", "Parlons ensemble de Cachan")
                .doesNotContain(FOUR_STAR_TITLE);
        assertThat(laureates(four)).isEqualTo(6);
        String three = level(page, "stars-3");
        assertThat(three).contains("Lauréats 3 étoiles", "(10 lauréats)", "départements\u00a0: Essonne (91), Seine-et-Marne (77)");
        assertThat(laureates(three)).isEqualTo(10);
        String two = level(page, "stars-2");
        assertThat(two).contains("Lauréats 2 étoiles", "(10 lauréats)", "APRESMAINTENANT.ORG");
        assertThat(laureates(two)).isEqualTo(10);
        String one = level(page, "stars-1");
        assertThat(one).contains("Lauréats 1 étoile", "(14 lauréats)", "LE BUDGET PARTICIPATIF À SCHILICK",
                "Ville de Schiltigheim").doesNotContain("MON PARCOURS COLLÈGE");
        assertThat(laureates(one)).isEqualTo(14);
        assertThat(page.indexOf("id=\"stars-4\"")).isLessThan(page.indexOf("id=\"stars-3\""));
        assertThat(page.indexOf("id=\"stars-2\"")).isLessThan(page.indexOf("id=\"stars-1\""));
    }

    @Test
    @Order(13)
    void theHomePageLinksEveryPublishedPalmaresMostRecentFirstAndThePlainAddressShowsTheLatest() throws Exception {
        assertThat(post("{\"year\": 2018, \"laureates\": [{\"title\": \"Projet 2018\", \"stars\": 1}]}", STAFF)
                .statusCode()).isEqualTo(201);

        String home = new WebSession(base.toURI()).get("/index.xhtml").body();

        int latest = home.indexOf("href=\"/resultats.xhtml?annee=2020\"");
        assertThat(latest).isNotNegative().isLessThan(home.indexOf("href=\"/resultats.xhtml?annee=2018\""));
        assertThat(get("/api/editions/2020/report.csv", STAFF).body()).as("the 2020 report's history stops at 2020")
                .contains("\n2019;", "\n2020;").doesNotContain("\n2021;");
        HttpResponse<String> withoutYear = new WebSession(base.toURI()).get("/resultats.xhtml");
        assertThat(withoutYear.statusCode()).isEqualTo(200);
        assertThat(withoutYear.body()).contains("<title>Palmarès 2020", "/api/editions/2020/booklet.pdf");
        assertThat(home).as("the icon is named, not asked for at /favicon.ico").contains("href=\"/favicon.svg\"");
        HttpResponse<String> icon = new WebSession(base.toURI()).get("/favicon.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("image/svg+xml"));
    }

    @Test
    @Order(14)
    void aSpecialMentionAndAJuryPrizeShowTheirTitlesOnThePalmaresAndInTheExport() throws Exception {
        assertThat(post("{\"year\": 2017, \"laureates\": [{\"title\": \"Projet étoilé\", \"stars\": 2}, "
                + "{\"title\": \"Conseil des jeunes\", \"recognition\": \"SPECIAL_MENTION\", "
                + "\"recognitionTitle\": \"Mention spéciale du jury — inclusion des jeunes\"}, "
                + "{\"title\": \"Budget citoyen\", \"recognition\": \"JURY_PRIZE\", "
                + "\"recognitionTitle\": \"Prix du jury — coup de cœur\"}]}", STAFF).statusCode()).isEqualTo(201);

        String page = new WebSession(base.toURI()).get("/resultats.xhtml?annee=2017").body();
        assertThat(level(page, "special-mentions")).contains("Mentions spéciales du jury", "Conseil des jeunes",
                "Mention spéciale du jury — inclusion des jeunes");
        assertThat(level(page, "jury-prizes")).contains("Budget citoyen", "Prix du jury — coup de cœur");
        assertThat(level(page, "stars-2")).doesNotContain("distinction");
        assertThat(get("/api/editions/2017", STAFF).body())
                .contains("\"recognitionTitle\":\"Mention spéciale du jury — inclusion des jeunes\"");
    }

    /** The section of the palmarès with that id. */
    private static String level(String page, String id) {
        Matcher section = Pattern.compile("<section class=\"level\" id=\"" + id + "\">(.*?)</section>", Pattern.DOTALL)
                .matcher(page);
        assertThat(section.find()).as("section %s", id).isTrue();
        return section.group(1);
    }

    private static long laureates(String section) {
        return Pattern.compile("class=\"laureate\"").matcher(section).results().count();
    }

    /** Décider ensemble, the first organiser, gets the logo. */
    private static HttpResponse<String> uploadLogo(WebSession staff, String page, byte[] image) throws Exception {
        String html = staff.get(page).body();
        Matcher target = Pattern.compile("<option value=\"(o\\d+)\">Décider ensemble<").matcher(html);
        assertThat(target.find()).isTrue();
        Map<String, String> fields = new HashMap<>(WebSession.formState(html));
        fields.putAll(Map.of("logo-form", "logo-form", "storeLogo", "", "target", target.group(1)));
        return staff.upload(page, fields, "logo", "logo.png", image);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0x3366CC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * The entity tag of the 2020 booklet once the one of the edition's current version is stored: nobody downloads it
     * meanwhile, so only the change that made that version can have stored it.
     */
    private static String awaitCurrentBooklet() throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        String stored = currentBookletEtag();
        while (stored == null) {
            assertThat(Instant.now()).as("the last change's booklet is stored within a minute").isBefore(deadline);
            Thread.sleep(200);
            stored = currentBookletEtag();
        }
        return stored;
    }

    private static String currentBookletEtag() throws SQLException {
        try (Connection db = FreshDeployment.connect(); ResultSet row = db.createStatement().executeQuery(
                "select d.etag from published_document d join edition e on e.id = d.edition_id"
                        + " where e.edition_year = 2020 and d.kind = 'booklet' and d.documents_version = e.documents_version")) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private HttpResponse<String> post(String json, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve("/api/editions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(request, user);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(base.toURI().resolve(path)), user);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
        if (user != null) {
            request.header("Authorization", WebSession.basic(user, PASSWORD));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
