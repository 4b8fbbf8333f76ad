package fr.deciderensemble.trophees.security;

import static fr.deciderensemble.trophees.journey.WebSession.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.deciderensemble.trophees.journey.Demo;
import fr.deciderensemble.trophees.journey.FreshDeployment;
import fr.deciderensemble.trophees.journey.Html;
import fr.deciderensemble.trophees.journey.WebSession;

/**
 * What the probes of an attacker, or of a careless script, sent and what they now get, in Payara Micro on
 * PostgreSQL: the 404 page for addresses that name nothing, a problem document for every API error, French
 * messages for bad input, and nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class HostileRequestsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive application() throws SQLException {
        return FreshDeployment.onFreshDatabase();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "candidat@trophees.example, /candidat/dossier.xhtml?id=abc",
        "candidat@trophees.example, /candidat/dossier.xhtml?id=99999999999999999999999",
        "candidat@trophees.example, /candidat/dossier.xhtml?id=-1",
        "candidat@trophees.example, /candidat/dossier.xhtml?id=1e3",
        "jure1@trophees.example, /jury/dossier.xhtml?id=abc",
        "jure1@trophees.example, /jury/dossier.xhtml?id=18446744073709551616",
        "equipe@trophees.example, /equipe/edition.xhtml?id=abc",
        "equipe@trophees.example, /equipe/edition.xhtml?id=",
        "equipe@trophees.example, /equipe/livret.xhtml?edition=x",
        "equipe@trophees.example, /equipe/contributeurs.xhtml?edition=9223372036854775808",
        "equipe@trophees.example, /equipe/laureat.xhtml?id=%00",
        "anonymous, /resultats.xhtml?annee=abc",
        "anonymous, /resultats.xhtml?annee=99999999999"})
    void anAddressThatNamesNothingIsTheNotFoundPage(String who, String path) throws Exception {
        WebSession session = "anonymous".equals(who) ? new WebSession(base.toURI()) : Demo.signedIn(base.toURI(), who);

        HttpResponse<String> answer = session.get(path);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("Cette page ou ce dossier n’existe pas")
                .doesNotContain("Exception", "Palmarès 0", "Conversion");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "foo<victim@example.net>|L’adresse e-mail n’est pas valide.",
        "x,attacker@example.net|L’adresse e-mail n’est pas valide.",
        "Nom <nom@example.net>|L’adresse e-mail n’est pas valide.",
        "'nom@example.net\nBcc: autre@example.net'|« Adresse e-mail » contient un caractère non autorisé (caractère nul ou de contrôle) : supprimez-le puis réessayez."})
    void anAddressIsExactlyOneMailbox(String email, String message) throws Exception {
        HttpResponse<String> refused = register(email, "Association Exemple", "une-phrase-de-passe");
        assertThat(Html.messages(refused.body())).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'          '|Le mot de passe doit compter entre 12 et 128 caractères.",
        "'            '|Ce mot de passe est trop simple : choisissez une phrase de plusieurs mots.",
        "nouvelle@exemple.org|Le mot de passe ne peut pas être votre adresse e-mail.",
        "1qaz2wsx3edc|Ce mot de passe figure parmi les plus courants des fuites de données : choisissez-en un autre."})
    void aWeakPasswordIsRefusedWithItsReason(String password, String message) throws Exception {
        HttpResponse<String> refused = register("nouvelle@exemple.org", "Association Exemple", password);
        assertThat(Html.messages(refused.body())).isEqualTo(message);
    }

    @Test
    void aNulByteInAFormIsRefusedOnItsFieldNeverACrash() throws Exception {
        HttpResponse<String> refused = register("nul@exemple.org", "Association\u0000Exemple", "une-phrase-de-passe");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Html.messages(refused.body())).contains("contient un caractère non autorisé");
    }

    @Test
    void jsonNestedTooDeepOrWithAKeyTwiceOrANulIsAProblemDocument() throws Exception {
        HttpResponse<String> deep = postEdition("{\"year\": 2019, \"laureates\": " + "[".repeat(10_000)
                + "]".repeat(10_000) + "}", basic(Demo.STAFF, Demo.PASSWORD));
        HttpResponse<String> twice = postEdition("{\"year\": 2019, \"year\": 2018}", basic(Demo.STAFF, Demo.PASSWORD));
        HttpResponse<String> nul = postEdition("{\"year\": 2019, \"name\": \"Trophées\\u0000\"}",
                basic(Demo.STAFF, Demo.PASSWORD));

        assertProblem(deep, 400).contains("\"code\":\"import.json.tooDeep\"");
        assertProblem(twice, 400).contains("\"code\":\"import.json.duplicateKey\"", "\"pointer\":\"/year\"");
        assertProblem(nul, 400).contains("\"code\":\"import.forbiddenCharacters\"", "\"pointer\":\"/name\"");
        assertThat(editions()).doesNotContain("2019", "2018");
    }

    @Test
    void aBodyBeyondTheLargestEditionIsRefusedUnread() throws Exception {
        String huge = "{\"year\": 2019, \"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        assertProblem(postEdition(huge, basic(Demo.STAFF, Demo.PASSWORD)), 413);
    }

    @Test
    void apiWritesNeedValidBasicCredentialsInTheRequestItself() throws Exception {
        WebSession staff = Demo.signedIn(base.toURI(), Demo.STAFF);
        String json = "{\"year\": 2017, \"laureates\": [{\"title\": \"Projet\", \"stars\": 2}]}";

        HttpResponse<String> cookieAndBadBasic = staff.send("/api/editions", HttpRequest.newBuilder()
                .header("Content-Type", "application/json").header("Authorization", basic("foo", "bar"))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        HttpResponse<String> cookieAlone = staff.send("/api/editions", HttpRequest.newBuilder()
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));

        assertProblem(cookieAndBadBasic, 401);
        assertProblem(cookieAlone, 401);
        assertThat(editions()).doesNotContain("2017");
        assertThat(staff.send("/api/editions", HttpRequest.newBuilder().GET()).statusCode())
                .as("the session still reads").isEqualTo(200);
    }

    @Test
    void everyApiErrorIsAProblemDocumentTheContainersToo() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(request("/api/editions").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> juror = postEdition("{\"year\": 2016}", basic("jure1@trophees.example", Demo.PASSWORD));
        HttpResponse<String> unknown = HTTP.send(request("/api/nulle-part").header("Authorization",
                basic(Demo.STAFF, Demo.PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(anonymous, 401).contains("Authentification requise");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic"));
        assertProblem(juror, 403);
        assertProblem(unknown, 404);
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = HTTP.send(request("/connexion.xhtml").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api = HTTP.send(request("/api/editions").build(), HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> answer : java.util.List.of(page, api)) {
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        }
        assertThat(page.headers().allValues("Content-Security-Policy")).singleElement().satisfies(csp -> assertThat(csp)
                .contains("frame-ancestors 'none'", "object-src 'none'").containsPattern("script-src 'self' 'nonce-[^']+'"));
        assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty().allSatisfy(cookie -> assertThat(cookie)
                .containsIgnoringCase("SameSite=Lax").contains("HttpOnly"));
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).startsWith("default-src 'none'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/metrics", "/openapi"})
    void whatThePlatformTellsIsForStaffOnly(String path) throws Exception {
        HttpResponse<String> anonymous = HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("# TYPE", "openapi:");
        assertThat(Demo.signedIn(base.toURI(), Demo.STAFF).get(path).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> register(String email, String name, String password) throws Exception {
        return new WebSession(base.toURI()).submit("/inscription.xhtml", "register", "submit",
                Map.of("displayName", name, "email", email, "password", password));
    }

    private HttpResponse<String> postEdition(String json, String authorization) throws Exception {
        return HTTP.send(request("/api/editions").header("Content-Type", "application/json")
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String editions() throws Exception {
        return HTTP.send(request("/api/editions").header("Authorization", basic(Demo.STAFF, Demo.PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpRequest.Builder request(String path) throws Exception {
        return HttpRequest.newBuilder(URI.create(base.toURI().resolve(path).toString()));
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return assertThat(answer.body()).contains("\"status\":" + status).doesNotContain("Exception", "<html");
    }

}
