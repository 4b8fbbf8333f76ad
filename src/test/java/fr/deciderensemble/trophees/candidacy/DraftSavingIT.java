package fr.deciderensemble.trophees.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.ZipInputStream;

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
import jakarta.json.Json;
import jakarta.json.JsonObject;

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
            Map<String, String> fields = new HashMap<>(Map.of("title", "Budget participatif",
                    "objectives", String.join("\r\n", version)));
            for (int i = 0; i < 5; i++) {
                fields.put("keyPoint:" + i + ":text", i < version.size() ? version.get(i) : "");
            }
            HttpResponse<String> saved = candidate.submit(dossier, "dossier", "save", fields);
            assertThat(Html.messages(saved.body())).as("saving %s", version).isEqualTo("Votre brouillon est enregistré.");

            String page = candidate.get(dossier).body();
            assertThat(Html.textarea(page, "objectives")).isEqualTo(String.join("\n", version));
            assertThat(IntStream.range(0, 5).mapToObj(i -> Html.input(page, "keyPoint:" + i + ":text"))
                    .filter(point -> !point.isEmpty())).containsExactlyElementsOf(version);
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

        assertThat(Html.problem(refused.body(), "title")).isEqualTo("Le titre ne peut dépasser 200 caractères.");
        assertThat(refused.body()).as("the field is marked and listed, linked")
                .containsPattern("<input[^>]*id=\"title\"[^>]*aria-invalid=\"true\"")
                .contains("<a href=\"#title\">Le titre ne peut dépasser 200 caractères.</a>");
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

    @Test
    void aSaveAfterSomebodyElsesIsHeldBackSayingWhoAndWhenKeepingTheTextUntilTheCandidateChooses() throws Exception {
        HttpResponse<String> mine = candidate.get(dossier);
        WebSession otherWindow = Demo.signedIn(base.toURI(), Demo.CANDIDATE);
        otherWindow.submit(dossier, "dossier", "save", Map.of("title", "Le titre de l’autre fenêtre"));

        HttpResponse<String> held = candidate.submit(mine, "dossier", "save", Map.of("title", "Mon titre"));

        assertThat(Html.mainText(held.body())).containsPattern(
                "Mairie de Démo-sur-Loire a enregistré ce dossier le \\d+ \\p{L}+ \\d{4} à \\d\\d:\\d\\d");
        assertThat(Html.input(held.body(), "title")).as("the text typed stays on the page").isEqualTo("Mon titre");
        assertThat(Html.input(otherWindow.get(dossier).body(), "title")).as("nothing was overwritten")
                .isEqualTo("Le titre de l’autre fenêtre");

        HttpResponse<String> chosen = candidate.submit(held, "dossier", "overwrite", Map.of("title", "Mon titre"));
        assertThat(Html.mainText(chosen.body())).doesNotContain("a enregistré ce dossier le");
        assertThat(Html.input(otherWindow.get(dossier).body(), "title")).isEqualTo("Mon titre");
        HttpResponse<String> again = candidate.submit(chosen, "dossier", "save", Map.of("title", "Mon titre, suite"));
        assertThat(Html.messages(again.body())).as("the page now knows the version it saved")
                .isEqualTo("Votre brouillon est enregistré.");
    }

    @Test
    void thePagesOwnSaveStoresTheWholeFormAndLeavesAnythingToExplainToThePage() throws Exception {
        HttpResponse<String> page = candidate.get(dossier);
        long version = Long.parseLong(Html.input(page.body(), "version"));
        Map<String, String> typed = new HashMap<>(Demo.completeDossier("  Budget participatif des écoles  "));
        typed.put("objectives", "Associer les familles\r\nFormer les enfants");
        typed.put("contact:0:phone", "01 23 45 67 89");

        JsonObject saved = json(Demo.autosave(candidate, page, typed));

        assertThat(saved.getString("outcome")).as("the page posts %s", Html.formFields(page.body(), "dossier").keySet())
                .isEqualTo("saved");
        assertThat(saved.getJsonNumber("version").longValue()).isGreaterThan(version);
        assertThat(saved.getString("savedAt")).matches("\\d\\d:\\d\\d");
        HttpResponse<String> again = candidate.get(dossier);
        assertThat(Html.input(again.body(), "title")).isEqualTo("Budget participatif des écoles");
        assertThat(Html.textarea(again.body(), "objectives")).isEqualTo("Associer les familles\nFormer les enfants");
        assertThat(Html.input(again.body(), "step:0:title")).isEqualTo("Appel à projets");
        assertThat(Html.input(again.body(), "contact:0:phone")).isEqualTo("01 23 45 67 89");
        assertThat(Html.formFields(again.body(), "dossier")).containsEntry("approachType", "BP")
                .containsEntry("departments", "44");
        assertThat(Html.input(again.body(), "version")).isEqualTo(String.valueOf(saved.getJsonNumber("version")));
        JsonObject progress = saved.getJsonObject("progress");
        assertThat(progress.keySet()).as("the sections' bars, moved by the save").hasSize(4);
        progress.forEach((section, done) -> assertThat(again.body())
                .as("section %s, complete", section).contains("id=\"progress-" + section + "\" max=\"" + done
                        + "\" value=\"" + done + "\""));

        assertThat(json(Demo.autosave(candidate, page, Map.of("title", "Vu trop tôt"))).getString("outcome"))
                .as("a save from a page older than the last save is for the page to explain").isEqualTo("explain");
        assertThat(json(Demo.autosave(candidate, again, Map.of("title", "Titre\u0000piégé"))).getString("outcome"))
                .isEqualTo("explain");
        assertThat(json(Demo.autosave(candidate, again, Map.of("title", "T".repeat(201)))).getString("outcome"))
                .isEqualTo("explain");
        assertThat(json(Demo.autosave(candidate, again, Map.of("surprise", "un champ inconnu"))).getString("outcome"))
                .as("a field the save does not know is never dropped silently").isEqualTo("explain");
        Map<String, String> withoutHeader = new HashMap<>(Html.formFields(again.body(), "dossier"));
        withoutHeader.put("title", "Envoyé par un autre site");
        assertThat(candidate.post("/candidat/enregistrement/" + dossier.replaceAll("\\D", ""), withoutHeader)
                .statusCode()).as("not the page's script").isEqualTo(403);
        assertThat(Html.input(candidate.get(dossier).body(), "title")).isEqualTo("Budget participatif des écoles");

        HttpResponse<String> unaware = candidate.submit(page, "dossier", "save", Map.of("title", "Par le bouton"));
        assertThat(Html.mainText(unaware.body())).as("a page that missed its own save's version is held back")
                .contains("a enregistré ce dossier le");
        HttpResponse<String> button = candidate.submit(page, "dossier", "save", Map.of("title", "Par le bouton",
                "version", String.valueOf(saved.getJsonNumber("version"))));
        assertThat(Html.messages(button.body())).as("the page's button saves from the version the page's own save made")
                .isEqualTo("Votre brouillon est enregistré.");
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void untilTheDeadlineASubmittedDossierGoesBackToDraftOrIsWithdrawnAndStaffSeeOnlyWhatIsSubmitted() throws Exception {
        String title = "Conseil citoyen " + System.nanoTime();
        HttpResponse<String> sent = candidate.submit(dossier, "dossier", "submit", Demo.completeDossier(title));
        assertThat(Html.messages(sent.body())).contains("Votre dossier est déposé");
        assertThat(sent.body()).as("a submitted dossier is a document, not a form")
                .doesNotContain("id=\"title\"").contains("id=\"backToDraft\"");
        WebSession staff = Demo.signedIn(base.toURI(), Demo.STAFF);
        String edition = staffEditionPage(staff);
        assertThat(Html.mainText(staff.get(edition).body())).contains(title);

        HttpResponse<String> reopened = candidate.submit(dossier, "change", "backToDraft", Map.of());
        assertThat(Html.messages(reopened.body())).contains("de nouveau un brouillon");
        assertThat(Html.input(reopened.body(), "title")).as("the form is back, with the text").isEqualTo(title);
        assertThat(Html.mainText(staff.get(edition).body())).doesNotContain(title);

        HttpResponse<String> again = candidate.submit(dossier, "dossier", "submit", Demo.completeDossier(title + " (révisé)"));
        assertThat(Html.messages(again.body())).contains("Votre dossier est déposé");
        HttpResponse<String> withdrawn = candidate.submit(dossier, "change", "withdraw", Map.of());
        assertThat(Html.messages(withdrawn.body())).contains("Votre candidature est retirée");
        assertThat(Html.mainText(withdrawn.body())).as("the page says what a withdrawal leaves open")
                .contains("Vous avez retiré votre candidature", "candidature retirée depuis")
                .doesNotContain("ou retirer votre candidature");
        assertThat(Html.mainText(candidate.get("/candidat/dossiers.xhtml").body())).contains(title + " (révisé) 2027 Retiré");
        assertThat(Html.mainText(staff.get(edition).body())).doesNotContain(title);

        HttpResponse<String> staleTab = candidate.submit(reopened, "dossier", "submit", Demo.completeDossier(title));
        assertThat(Html.messages(staleTab.body())).as("a tab left open on the draft cannot submit it once withdrawn")
                .doesNotContain("Votre dossier est déposé").isNotEmpty();
        assertThat(Html.mainText(candidate.get("/candidat/dossiers.xhtml").body())).contains(title + " (révisé) 2027 Retiré");
        assertThat(Html.mainText(staff.get(edition).body())).doesNotContain(title);
    }

    @Test
    void aNewDossierStartsFromAnOldOneWhichStaysAsItWas() throws Exception {
        String title = "Jury citoyen " + System.nanoTime();
        candidate.submit(dossier, "dossier", "save", Map.of("title", title, "approach", "Vingt habitants tirés au sort."));
        HttpResponse<String> list = candidate.get("/candidat/dossiers.xhtml");
        Matcher row = Pattern.compile("id=\"(row:\\d+:copy)\"[^>]*aria-label=\"Nouveau dossier à partir de celui-ci : " + Pattern.quote(title))
                .matcher(list.body());
        assertThat(row.find()).as("each dossier offers a new one starting from it").isTrue();

        HttpResponse<String> copy = candidate.submit(list, "mine", row.group(1), Map.of());

        assertThat(Html.messages(copy.body())).contains("Un nouveau brouillon reprend ce dossier");
        assertThat(copy.uri().toString()).doesNotEndWith(dossier);
        assertThat(Html.input(copy.body(), "title")).isEqualTo(title);
        assertThat(Html.textarea(copy.body(), "approach")).isEqualTo("Vingt habitants tirés au sort.");
        candidate.submit(copy, "dossier", "save", Map.of("title", title + " (2)"));
        assertThat(Html.input(candidate.get(dossier).body(), "title")).as("the old one is untouched").isEqualTo(title);
    }

    @Test
    void aCandidateDownloadsEverythingKeptAboutThemAndNobodyElseCan() throws Exception {
        String title = "Panel citoyen " + System.nanoTime();
        candidate.submit(dossier, "dossier", "save", Map.of("title", title, "contact:0:name", "Dominique Privé",
                "contact:0:email", "dominique@demo.example"));

        HttpResponse<byte[]> zip = candidate.download("/candidat/mes-donnees.zip");

        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            assertThat(entries.getNextEntry().getName()).isEqualTo("donnees.json");
            JsonObject data = Json.createReader(entries).readObject();
            assertThat(data.getJsonObject("account").getString("email")).isEqualTo(Demo.CANDIDATE);
            assertThat(data.getJsonArray("dossiers").getValuesAs(JsonObject.class)).anySatisfy(d -> {
                assertThat(d.getString("title")).isEqualTo(title);
                assertThat(d.getJsonArray("contacts").getJsonObject(0).getString("email"))
                        .isEqualTo("dominique@demo.example");
            });
        }
        assertThat(new WebSession(base.toURI()).download("/candidat/mes-donnees.zip").statusCode())
                .as("not without logging in").isNotEqualTo(200);
        assertThat(Demo.signedIn(base.toURI(), Demo.STAFF).download("/candidat/mes-donnees.zip").statusCode())
                .as("a candidate's own, not staff's").isEqualTo(403);
    }

    private static String staffEditionPage(WebSession staff) throws Exception {
        Matcher link = Pattern.compile("(/equipe/edition\\.xhtml\\?id=\\d+)\">2027")
                .matcher(staff.get("/equipe/editions.xhtml").body());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
