package fr.deciderensemble.trophees.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.deciderensemble.trophees.journey.Demo;
import fr.deciderensemble.trophees.journey.FreshDeployment;
import fr.deciderensemble.trophees.journey.Html;
import fr.deciderensemble.trophees.journey.WebSession;

/**
 * A candidate's draft, in Payara Micro on PostgreSQL: saved any number of times whatever its lists become, stored
 * exactly as typed (blanks around and line endings aside), or refused with a message and nothing lost.
 */
@ExtendWith(ArquillianExtension.class)
class DraftSavingIT {

    private static boolean callOpen;

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
    void listsSaveAnyNumberOfTimesWhateverTheyBecome() throws Exception {
        List<List<String>> versions = List.of(List.of("Associer", "Former", "Décider"),
                List.of("Écouter", "Restituer", "Évaluer"), List.of("Évaluer", "Restituer", "Écouter"),
                List.of("Une seule"), List.of("Même", "Même", "Autre"), List.of("Autre", "Même", "Nouvelle", "Même", "Fin"),
                List.of(), List.of("Associer", "Former", "Décider"), List.of("Associer", "Former", "Décider"),
                List.of("Décider", "Associer"));
        for (List<String> version : versions) {
            String lines = String.join("\r\n", version);
            HttpResponse<String> saved = candidate.submit(dossier, "dossier", "save",
                    Map.of("title", "Budget participatif", "objectives", lines, "steps", lines));
            assertThat(Html.messages(saved.body())).as("saving %s", version).isEqualTo("Votre brouillon est enregistré.");

            String page = candidate.get(dossier).body();
            assertThat(Html.textarea(page, "objectives")).isEqualTo(String.join("\n", version));
            assertThat(Html.textarea(page, "steps")).isEqualTo(String.join("\n", version));
        }
    }

    @Test
    void aTextAtItsLimitFitsWhateverItsLineEndingsAndTheBlanksAroundIt() throws Exception {
        String title = "T".repeat(200);
        String approach = ("Une phrase.\n".repeat(416) + "Fin.....").substring(0, 5000);
        HttpResponse<String> saved = candidate.submit(dossier, "dossier", "save", Map.of(
                "title", "  " + title + "   ", "approach", approach.replace("\n", "\r\n") + "\r\n\r\n  "));

        assertThat(Html.messages(saved.body())).isEqualTo("Votre brouillon est enregistré.");
        String page = candidate.get(dossier).body();
        assertThat(Html.input(page, "title")).isEqualTo(title);
        assertThat(Html.textarea(page, "approach")).isEqualTo(approach.strip());
    }

    @Test
    void aTitleTooLongIsRefusedWholeNeverCut() throws Exception {
        candidate.submit(dossier, "dossier", "save", Map.of("title", "Titre d’origine"));
        String typed = "Un titre bien trop long ".repeat(9);

        HttpResponse<String> refused = candidate.submit(dossier, "dossier", "save", Map.of("title", typed));

        assertThat(Html.messages(refused.body())).isEqualTo("Le titre ne peut dépasser 200 caractères.");
        assertThat(Html.input(refused.body(), "title")).as("what was typed stays on the page").isEqualTo(typed.strip());
        assertThat(Html.input(candidate.get(dossier).body(), "title")).isEqualTo("Titre d’origine");
        assertThat(refused.body()).as("the browser is not asked to cut it either")
                .doesNotContainPattern("<input[^>]*id=\"title\"[^>]*maxlength");
    }

    @Test
    void controlCharactersAreRefusedOnTheirFieldAndNothingIsStored() throws Exception {
        candidate.submit(dossier, "dossier", "save", Map.of("title", "Titre d’origine"));

        HttpResponse<String> nul = candidate.submit(dossier, "dossier", "save", Map.of("title", "Titre\u0000piégé"));
        HttpResponse<String> bell = candidate.submit(dossier, "dossier", "save",
                Map.of("title", "Propre", "approach", "Texte\u0007sonore"));

        assertThat(nul.statusCode()).isEqualTo(200);
        assertThat(Html.messages(nul.body())).contains("« Titre de la démarche » contient un caractère non autorisé");
        assertThat(Html.messages(bell.body())).contains("contient un caractère non autorisé");
        assertThat(Html.input(candidate.get(dossier).body(), "title")).isEqualTo("Titre d’origine");
    }
}
