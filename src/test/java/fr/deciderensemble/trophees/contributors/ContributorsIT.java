package fr.deciderensemble.trophees.contributors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import fr.deciderensemble.trophees.journey.Html;
import fr.deciderensemble.trophees.journey.WebSession;

/**
 * Staff give an edition run in the application the organisations and jury its booklet prints, on
 * /equipe/contributeurs.xhtml in Payara Micro on PostgreSQL, and find them in the booklet.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContributorsIT {

    private static final String STAFF = "equipe@trophees.example";
    private static final String PASSWORD = "trophees-demo";
    private static final int YEAR = 2031;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive application() throws SQLException {
        return FreshDeployment.onFreshDatabase();
    }

    @Test
    @Order(1)
    void staffAddAnOrganisationAndAJuryPresidentThatTheBookletPrints() throws Exception {
        WebSession staff = staff();
        String page = contributorsPage(staff);

        HttpResponse<String> organisation = staff.submit(page, "organisation", "saveOrganisation", Map.of(
                "kind", "PARTNER", "name", "Agence de l’eau Seine-Normandie",
                "description", "Établissement public qui finance la concertation sur l’eau."));
        HttpResponse<String> president = staff.submit(page, "member", "saveMember", Map.of(
                "president", "true", "memberName", "Chantal Jouanno", "jobTitle", "Présidente",
                "memberOrganisation", "Commission nationale du débat public",
                "biography", "Ancienne ministre, elle préside la CNDP depuis 2018."));

        assertThat(organisation.body()).contains("L’organisation a été enregistrée.");
        assertThat(president.body()).contains("Le membre du jury a été enregistré.", "Chantal Jouanno");
        assertThat(staff.get(bookletPage(page)).body()).as("the logo form offers the new organisation")
                .containsPattern("<option value=\"o\\d+\">Agence de l’eau Seine-Normandie<");
        assertThat(bookletText()).contains("Agence de l’eau Seine-Normandie",
                "Établissement public qui finance la concertation sur l’eau.", "Chantal Jouanno",
                "Ancienne ministre, elle préside la CNDP depuis 2018.");
    }

    @Test
    @Order(2)
    void anOverlongNameIsRefusedInFrenchAndChangesNothing() throws Exception {
        WebSession staff = staff();
        String page = contributorsPage(staff);
        String before = entries(staff.get(page).body());

        HttpResponse<String> refused = staff.submit(page, "organisation", "saveOrganisation", Map.of(
                "kind", "SUPPORTER", "name", "Fondation " + "x".repeat(200)));
        HttpResponse<String> noKind = staff.submit(page, "organisation", "saveOrganisation", Map.of(
                "name", "Fondation sans rôle"));
        HttpResponse<String> noName = staff.submit(page, "member", "saveMember", Map.of(
                "president", "false", "memberName", " ", "jobTitle", "Maire"));
        HttpResponse<String> noNameNorAddress = staff.submit(page, "member", "saveMember", Map.of(
                "president", "false", "memberName", " ", "memberEmail", "pas-une-adresse"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Le nom de l’organisation est obligatoire")
                .doesNotContain("Exception");
        assertThat(noKind.body()).contains("Choisissez si l’organisation est organisateur, partenaire ou soutien.");
        assertThat(noName.body()).contains("Le nom du membre du jury est obligatoire");
        assertThat(refused.body()).as("each problem beside its field")
                .containsPattern("id=\"name\"[^>]*aria-invalid=\"true\"");
        assertThat(noKind.body()).containsPattern("id=\"kind\"[^>]*aria-invalid=\"true\"");
        assertThat(noName.body()).containsPattern("id=\"memberName\"[^>]*aria-invalid=\"true\"");
        assertThat(noNameNorAddress.body()).as("an invitation's problems all at once")
                .containsPattern("id=\"memberName\"[^>]*aria-invalid=\"true\"")
                .containsPattern("id=\"memberEmail\"[^>]*aria-invalid=\"true\"")
                .contains("Le nom du membre du jury est obligatoire", "L’adresse e-mail n’est pas valide.");
        assertThat(entries(staff.get(page).body())).isEqualTo(before);
        assertThat(bookletText()).doesNotContain("Fondation", "Maire");
    }

    @Test
    @Order(3)
    void staffReorderRewriteAndRemoveOrganisations() throws Exception {
        WebSession staff = staff();
        String page = contributorsPage(staff);
        staff.submit(page, "organisation", "saveOrganisation", Map.of("kind", "PARTNER", "name", "Banque des Territoires"));

        HttpResponse<String> moved = staff.submit(page, "organisation-list", "organisations:1:up", Map.of());

        assertThat(moved.body().indexOf("Banque des Territoires"))
                .isLessThan(moved.body().indexOf("Agence de l’eau Seine-Normandie"));
        assertThat(bookletText().indexOf("Banque des Territoires"))
                .isLessThan(bookletText().indexOf("Agence de l’eau Seine-Normandie"));

        HttpResponse<String> editing = staff.submit(page, "organisation-list", "organisations:0:edit", Map.of());
        assertThat(editing.body()).contains("Modifier l’organisation", "value=\"Banque des Territoires\"");
        assertThat(editing.body()).as("the form of the entry chosen asks for the focus, far below the list")
                .containsPattern("id=\"kind\"[^>]*data-focus=\"true\"");
        Map<String, String> fields = new HashMap<>(WebSession.formState(editing.body()));
        fields.putAll(Map.of("organisation", "organisation", "saveOrganisation", "", "kind", "SUPPORTER",
                "name", "Banque des Territoires (Caisse des Dépôts)"));
        HttpResponse<String> rewritten = staff.post("/equipe/contributeurs.xhtml", fields);
        assertThat(rewritten.body()).contains("Banque des Territoires (Caisse des Dépôts)</strong> · Soutien");

        HttpResponse<String> removed = staff.submit(page, "organisation-list", "organisations:0:remove", Map.of());
        assertThat(removed.body()).contains("L’organisation a été supprimée.")
                .doesNotContain("Agence de l’eau Seine-Normandie</strong>");
        assertThat(bookletText()).doesNotContain("Agence de l’eau").contains("Banque des Territoires");
    }

    @Test
    @Order(4)
    void onlyStaffReachThePage() throws Exception {
        String page = contributorsPage(staff());
        WebSession juror = new WebSession(base.toURI());
        juror.login("presidence@trophees.example", PASSWORD);

        assertThat(juror.get(page).statusCode()).isEqualTo(403);
        assertThat(new WebSession(base.toURI()).get(page).statusCode()).isEqualTo(302);
    }

    @Test
    @Order(5)
    void aJurorHasOneNameOnTheListAndInTheApplication() throws Exception {
        WebSession staff = staff();
        String page = contributorsPage(staff);
        HttpResponse<String> listed = staff.submit(page, "member", "saveMember", Map.of("president", "false",
                "memberName", "Dominique Arbitre", "memberEmail", "jure2@trophees.example"));
        assertThat(listed.body()).contains("Dominique Arbitre");
        WebSession juror = new WebSession(base.toURI());
        juror.login("jure2@trophees.example", PASSWORD);
        assertThat(Html.input(juror.get("/compte.xhtml").body(), "displayName")).as("the account takes the listed name")
                .isEqualTo("Dominique Arbitre");

        juror.submit("/compte.xhtml", "profile", "saveProfile", Map.of("displayName", "Dominique Arbitre-Lenoir"));
        assertThat(entries(staff.get(page).body())).as("the list follows the juror's own change")
                .contains("Dominique Arbitre-Lenoir");
        assertThat(bookletText()).contains("Dominique Arbitre-Lenoir");
    }

    private WebSession staff() throws Exception {
        WebSession staff = new WebSession(base.toURI());
        assertThat(staff.login(STAFF, PASSWORD).statusCode()).isEqualTo(200);
        return staff;
    }

    /** The contributors page of the edition run here, created on the first call. */
    private static String contributorsPage(WebSession staff) throws Exception {
        Pattern link = Pattern.compile("id=\"edition-" + YEAR + "\" href=\"[^\"]*id=(\\d+)\"");
        Matcher edition = link.matcher(staff.get("/equipe/editions.xhtml").body());
        if (!edition.find()) {
            LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris"));
            staff.submit("/equipe/editions.xhtml", "new-edition", "create", Map.of(
                    "year", String.valueOf(YEAR), "callOpensAt", LOCAL.format(now.plusDays(1)),
                    "submissionDeadline", LOCAL.format(now.plusDays(5)),
                    "scoringDeadline", LOCAL.format(now.plusDays(10)), "ceremonyAt", LOCAL.format(now.plusDays(20))));
            edition = link.matcher(staff.get("/equipe/editions.xhtml").body());
            assertThat(edition.find()).isTrue();
        }
        return "/equipe/contributeurs.xhtml?edition=" + edition.group(1);
    }

    private static String bookletPage(String contributorsPage) {
        return contributorsPage.replace("contributeurs.xhtml", "livret.xhtml");
    }

    /** The organisations and jury as the page lists them. */
    private static String entries(String html) {
        Matcher entries = Pattern.compile("<strong>([^<]*)</strong>").matcher(html);
        StringBuilder listed = new StringBuilder();
        while (entries.find()) {
            listed.append(entries.group(1)).append('\n');
        }
        return listed.toString();
    }

    /** Lines joined: the booklet wraps long texts. */
    private String bookletText() throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve("/api/editions/" + YEAR + "/booklet.pdf"))
                        .header("Authorization", WebSession.basic(STAFF, PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
