package fr.deciderensemble.trophees.security;

import static fr.deciderensemble.trophees.journey.WebSession.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fr.deciderensemble.trophees.journey.Demo;
import fr.deciderensemble.trophees.journey.FreshDeployment;
import fr.deciderensemble.trophees.journey.Mailbox;
import fr.deciderensemble.trophees.journey.Registration;
import fr.deciderensemble.trophees.journey.WebSession;

/**
 * The application deployed in Payara Micro on PostgreSQL: who reaches which area, the API's
 * credentials, one candidate's dossier out of another's reach, forged forms and bad input.
 */
@ExtendWith(ArquillianExtension.class)
class AccessControlIT {

    static final String PASSWORD = "trophees-demo";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    /** The application's mails, caught by GreenMail for the whole class. */
    @RegisterExtension
    static final GreenMailExtension mail = Mailbox.server();

    @ArquillianResource
    private URL base;

    /** A fresh database each run, and the SMTP server the application is configured to use. */
    @Deployment(testable = false)
    static WebArchive application() throws SQLException {
        return FreshDeployment.onFreshDatabase();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "anonymous,                   302, 302, 302, 302",
        "equipe@trophees.example,     200, 403, 403, 403",
        "jure1@trophees.example,      403, 200, 403, 403",
        "presidence@trophees.example, 403, 200, 200, 403",
        "candidat@trophees.example,   403, 403, 403, 200"})
    void eachAreaAnswersOnlyItsRoles(String who, int staff, int jury, int deliberation, int candidate) throws Exception {
        WebSession session = new WebSession(base.toURI());
        if (!"anonymous".equals(who)) {
            assertThat(session.login(who, PASSWORD).statusCode()).isEqualTo(200);
        }
        assertThat(session.get("/equipe/editions.xhtml").statusCode()).as("staff area").isEqualTo(staff);
        // No edition 0: staff get past the constraint to a 404, everyone else is stopped before.
        assertThat(session.get("/equipe/contributeurs.xhtml?edition=0").statusCode()).as("booklet contributors")
                .isEqualTo(staff == 200 ? 404 : staff);
        assertThat(session.get("/jury/dossiers.xhtml").statusCode()).as("jury area").isEqualTo(jury);
        assertThat(session.get("/jury/deliberation.xhtml").statusCode()).as("deliberation").isEqualTo(deliberation);
        assertThat(session.get("/candidat/dossiers.xhtml").statusCode()).as("candidate area").isEqualTo(candidate);
        assertThat(session.get("/index.xhtml").statusCode()).as("public pages").isEqualTo(200);
    }

    @Test
    void anonymousIsSentToTheLoginPageAndBack() throws Exception {
        HttpResponse<String> response = new WebSession(base.toURI()).get("/candidat/dossiers.xhtml");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/connexion.xhtml?retour=%2Fcandidat%2Fdossiers.xhtml"));
    }

    @ParameterizedTest(name = "[{index}] {0} → {2}")
    @CsvSource({
        "'',                          '',                401",
        "equipe@trophees.example,     wrong-password,    401",
        "jure1@trophees.example,      trophees-demo,     403",
        "presidence@trophees.example, trophees-demo,     403",
        "candidat@trophees.example,   trophees-demo,     403",
        "equipe@trophees.example,     trophees-demo,     200"})
    void theApiIsForStaffOnly(String user, String password, int status) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve("/api/editions"));
        if (!user.isEmpty()) {
            request.header("Authorization", basic(user, password));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(status);
        if (status == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Basic"));
        }
        if (status == 200) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("application/json"));
        }
    }

    @Test
    void anUnknownEditionOnTheApiIsAProblemDocument() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve("/api/editions/1999/booklet.pdf"))
                        .header("Authorization", basic("equipe@trophees.example", PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404", "Ressource introuvable").doesNotContain("Exception");
    }

    @Test
    void aCandidateCannotReachAnotherCandidatesDossier() throws Exception {
        Demo.openCall(base.toURI(), 2027);
        WebSession owner = Demo.signedIn(base.toURI(), Demo.CANDIDATE);
        String dossier = Demo.startDossier(owner);
        String id = dossier.substring(dossier.indexOf("id=") + 3);
        owner.submit(dossier, "dossier", "save", Map.of("title", "Conseil des sages de Démo-sur-Loire",
                "holderName", "Mairie de Démo-sur-Loire"));
        assertThat(owner.get(dossier).body()).contains("Conseil des sages de Démo-sur-Loire");

        WebSession other = Registration.confirmedCandidate(base.toURI(), mail, "association@exemple.org",
                "Association Exemple");
        HttpResponse<String> refused = other.get(dossier);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("Conseil des sages").contains("n’existe pas");
        assertThat(other.get("/candidat/dossiers.xhtml").body()).doesNotContain("Conseil des sages");

        WebSession juror = new WebSession(base.toURI());
        juror.login("jure1@trophees.example", PASSWORD);
        assertThat(juror.get("/jury/dossier.xhtml?id=" + id).statusCode())
                .as("a juror reaches only what is assigned").isEqualTo(404);
    }

    @Test
    void aFormPostedWithoutItsViewStateChangesNothing() throws Exception {
        WebSession staff = new WebSession(base.toURI());
        staff.login("equipe@trophees.example", PASSWORD);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris"));
        HttpResponse<String> forged = staff.post("/equipe/editions.xhtml", Map.of(
                "new-edition", "new-edition", "create", "", "jakarta.faces.ViewState", "forged",
                "year", "2031", "callOpensAt", LOCAL.format(now), "submissionDeadline", LOCAL.format(now.plusDays(5)),
                "scoringDeadline", LOCAL.format(now.plusDays(10)), "ceremonyAt", LOCAL.format(now.plusDays(20))));
        assertThat(forged.body()).contains("rien n’a été enregistré").doesNotContain("Exception");
        assertThat(editionsJson()).doesNotContain("2031");
    }

    @Test
    void badInputGetsAFrenchMessageAndChangesNothing() throws Exception {
        WebSession staff = new WebSession(base.toURI());
        staff.login("equipe@trophees.example", PASSWORD);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris"));
        HttpResponse<String> refused = staff.submit("/equipe/editions.xhtml", "new-edition", "create", Map.of(
                "year", "2032", "callOpensAt", LOCAL.format(now.plusDays(5)), "submissionDeadline", LOCAL.format(now),
                "scoringDeadline", LOCAL.format(now.plusDays(10)), "ceremonyAt", LOCAL.format(now.plusDays(20))));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("La date limite de dépôt doit suivre l’ouverture de l’appel");
        HttpResponse<String> notANumber = staff.submit("/equipe/editions.xhtml", "new-edition", "create", Map.of(
                "year", "deux mille", "callOpensAt", "demain"));
        assertThat(notANumber.statusCode()).isEqualTo(200);
        assertThat(notANumber.body()).contains("L’année doit être comprise entre 2016 et 2100",
                "Date et heure invalides");
        HttpResponse<String> empty = staff.submit("/equipe/editions.xhtml", "new-edition", "create", Map.of());
        assertThat(empty.body()).as("every problem at once").contains("L’année doit être comprise entre 2016 et 2100",
                "Les quatre dates sont obligatoires.");
        assertThat(editionsJson()).doesNotContain("2032");

        WebSession visitor = new WebSession(base.toURI());
        HttpResponse<String> taken = visitor.submit("/inscription.xhtml", "register", "submit", Map.of(
                "displayName", "Doublon", "email", "Candidat@Trophees.example", "password", "assez-long-pour-passer"));
        assertThat(taken.body()).as("a known address is answered like a new one: the form tells nobody's account")
                .contains("id=\"registered\"").doesNotContain("existe déjà");
        HttpResponse<String> oversized = visitor.submit("/inscription.xhtml", "register", "submit", Map.of(
                "displayName", "x".repeat(201), "email", "nouveau@exemple.org", "password", "court"));
        assertThat(oversized.statusCode()).isEqualTo(200);
        assertThat(oversized.body()).contains("Le nom est obligatoire (200 caractères au plus)");
    }

    private String editionsJson() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve("/api/editions"))
                .header("Authorization", basic("equipe@trophees.example", PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }


}
