package fr.deciderensemble.trophees.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fr.deciderensemble.trophees.journey.Demo;
import fr.deciderensemble.trophees.journey.FreshDeployment;
import fr.deciderensemble.trophees.journey.Html;
import fr.deciderensemble.trophees.journey.Mailbox;
import fr.deciderensemble.trophees.journey.Registration;
import fr.deciderensemble.trophees.journey.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The right to erasure, in Payara Micro on PostgreSQL: a candidate deletes their account (password asked again), or
 * staff do it on their written request after exporting their data; the account, its dossiers, files and receipts are
 * gone, and nothing else.
 */
@ExtendWith(ArquillianExtension.class)
class ErasureIT {

    private static boolean callOpen;

    /** The application's mails, caught by GreenMail for the whole class. */
    @RegisterExtension
    static final GreenMailExtension mail = Mailbox.server();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive application() throws SQLException {
        return FreshDeployment.onFreshDatabase();
    }

    @BeforeEach
    void callOpen() throws Exception {
        if (!callOpen) {
            Demo.openCall(base.toURI(), 2027);
            callOpen = true;
        }
    }

    @Test
    void aCandidateDeletesTheirAccountWithTheirPasswordAndEverythingGoes() throws Exception {
        WebSession candidate = Registration.confirmedCandidate(base.toURI(), mail, "partante@exemple.org", "Mairie Partante");
        String file = Demo.submittedDossierWithAFile(candidate, "Dossier à effacer");
        WebSession staff = Demo.signedIn(base.toURI(), Demo.STAFF);
        assertThat(staff.download("/equipe" + file).statusCode()).isEqualTo(200);

        HttpResponse<String> wrong = candidate.submit("/compte.xhtml", "account-deletion", "deleteAccount",
                Map.of("passwordForDeletion", "pas le bon"));
        assertThat(Html.mainText(wrong.body())).contains("Le mot de passe actuel n’est pas le bon.");
        assertThat(candidate.get("/candidat/dossiers.xhtml").body()).as("nothing changed").contains("Dossier à effacer");

        HttpResponse<String> deleted = candidate.submit("/compte.xhtml", "account-deletion", "deleteAccount",
                Map.of("passwordForDeletion", Registration.PASSWORD));
        assertThat(deleted.uri().getPath()).isEqualTo("/compte-supprime.xhtml");
        assertThat(Html.mainText(deleted.body())).contains("Votre compte et vos dossiers ont été effacés.");
        assertThat(new WebSession(base.toURI()).login("partante@exemple.org", Registration.PASSWORD).uri().getPath())
                .as("the account no longer opens").isEqualTo("/connexion.xhtml");
        assertThat(staff.download("/equipe" + file).statusCode()).as("its files are gone").isEqualTo(404);
        assertThat(Html.mainText(staff.get(staffEditionPage(staff)).body())).doesNotContain("Dossier à effacer");
    }

    @Test
    void staffExportThenEraseACandidateOnRequest() throws Exception {
        WebSession candidate = Registration.confirmedCandidate(base.toURI(), mail, "demande@exemple.org", "Association Demande");
        String file = Demo.submittedDossierWithAFile(candidate, "Dossier d’une demande");
        WebSession staff = Demo.signedIn(base.toURI(), Demo.STAFF);

        HttpResponse<String> unknown = staff.submit("/equipe/donnees.xhtml", "personal-data", "find",
                Map.of("email", "personne@exemple.org"));
        assertThat(Html.mainText(unknown.body())).contains("Aucun compte de candidat n’a cette adresse.");
        assertThat(Html.mainText(staff.submit("/equipe/donnees.xhtml", "personal-data", "find",
                Map.of("email", Demo.STAFF)).body())).as("staff accounts are not erased here")
                .contains("Aucun compte de candidat n’a cette adresse.");

        HttpResponse<String> found = staff.submit("/equipe/donnees.xhtml", "personal-data", "find",
                Map.of("email", "Demande@Exemple.org"));
        assertThat(Html.mainText(found.body())).contains("Association Demande (demande@exemple.org) : un dossier.");
        Matcher export = Pattern.compile("href=\"(/equipe/donnees/\\d+\\.zip)\"").matcher(found.body());
        assertThat(export.find()).isTrue();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(staff.download(export.group(1)).body()))) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("donnees.json");
            JsonObject data = Json.createReader(zip).readObject();
            assertThat(data.getJsonObject("account").getString("email")).isEqualTo("demande@exemple.org");
            assertThat(data.getJsonArray("dossiers").getJsonObject(0).getString("title")).isEqualTo("Dossier d’une demande");
        }
        assertThat(candidate.download(export.group(1)).statusCode()).as("staff only").isEqualTo(403);

        HttpResponse<String> erased = staff.submit(found, "personal-data", "erase", Map.of("email", "demande@exemple.org"));
        assertThat(Html.messages(erased.body())).contains("Le compte et ses dossiers ont été effacés.");
        assertThat(staff.download("/equipe" + file).statusCode()).isEqualTo(404);
        assertThat(staff.download(export.group(1)).statusCode()).isEqualTo(404);
        assertThat(candidate.get("/candidat/dossiers.xhtml").statusCode()).as("its session opens nothing any more")
                .isNotEqualTo(200);
    }

    private static String staffEditionPage(WebSession staff) throws Exception {
        Matcher link = Pattern.compile("(/equipe/edition\\.xhtml\\?id=\\d+)\">2027").matcher(staff.get("/equipe/editions.xhtml").body());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
