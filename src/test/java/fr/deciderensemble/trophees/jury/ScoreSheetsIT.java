package fr.deciderensemble.trophees.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.deciderensemble.trophees.journey.Demo;
import fr.deciderensemble.trophees.journey.FreshDeployment;
import fr.deciderensemble.trophees.journey.Html;
import fr.deciderensemble.trophees.journey.WebSession;

/**
 * Score sheets in the application deployed on PostgreSQL: staff shape the criteria until the first sheet is sent,
 * a juror saves a draft, two tabs cannot overwrite each other, and a sent sheet proposes the stars of its weighted
 * score.
 */
@ExtendWith(ArquillianExtension.class)
class ScoreSheetsIT {

    private static final String TITLE = "Assemblée citoyenne du bassin versant";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive application() throws SQLException {
        return FreshDeployment.onFreshDatabase();
    }

    @Test
    void staffShapeTheCriteriaAndAJurorsSheetProposesTheStarsOfItsWeightedScore() throws Exception {
        String edition = Demo.openCall(base.toURI(), 2031);
        WebSession candidate = Demo.signedIn(base.toURI(), Demo.CANDIDATE);
        String dossier = Demo.startDossier(candidate);
        Map<String, String> fields = Demo.completeDossier(TITLE);
        fields.put("approach", "Une assemblée tirée au sort.");
        fields.put("step:0:title", "Tirage");
        candidate.submit(dossier, "dossier", "submit", fields);
        String unsent = Demo.startDossier(candidate);
        WebSession staff = Demo.signedIn(base.toURI(), Demo.STAFF);
        staff.submit(edition, "edition", "closeSubmissions", Map.of());
        staff.submit(edition, "edition", "dossiers:0:admit", Map.of());
        String page = staff.get(edition).body();
        for (String name : new String[] {"Juré 1", "Juré 2"}) {
            Matcher juror = Pattern.compile("<option value=\"(\\d+)\">" + name + "</option>").matcher(page);
            assertThat(juror.find()).isTrue();
            staff.submit(edition, "edition", "dossiers:0:assign", Map.of("dossiers:0:juror", juror.group(1)));
        }
        String dossierId = dossier.substring(dossier.indexOf("id=") + 3);
        assertThat(Html.mainText(staff.get("/equipe/dossier.xhtml?id=" + dossierId).body()))
                .as("staff open the dossier from the edition page").contains("Une assemblée tirée au sort.");
        assertThat(staff.get("/equipe/dossier.xhtml?id=" + unsent.substring(unsent.indexOf("id=") + 3)).statusCode())
                .as("a draft stays its candidate's").isEqualTo(404);

        HttpResponse<String> weightless = staff.submit(edition, "edition", "saveCriteria",
                Map.of("criteria:0:weight", "0"));
        assertThat(Html.messages(weightless.body())).contains("Chaque critère a un poids entier de 1 à 100");
        HttpResponse<String> saved = staff.submit(edition, "edition", "saveCriteria", Map.of(
                "criteria:1:label", "", "criteria:1:weight", "",
                "criteria:5:label", "Sobriété des moyens", "criteria:5:weight", "2"));
        assertThat(Html.messages(saved.body())).contains("La grille de notation est enregistrée");
        String grid = staff.get(edition).body();
        assertThat(Html.input(grid, "criteria:1:label")).as("the emptied line is gone").isEqualTo("Effet sur la décision");
        assertThat(Html.input(grid, "criteria:4:label")).isEqualTo("Sobriété des moyens");
        staff.submit(edition, "edition", "finishAdmissibility", Map.of());

        WebSession jure = Demo.signedIn(base.toURI(), "jure1@trophees.example");
        assertThat(Html.mainText(jure.get("/jury/dossiers.xhtml").body())).as("the juror's list gives the deadline")
                .containsPattern("Fiches à envoyer avant le \\d+ \\p{L}+ \\d{4} à \\d\\d:\\d\\d\\.");
        String sheet = link(jure);
        HttpResponse<String> firstTab = jure.get(sheet);
        HttpResponse<String> secondTab = jure.get(sheet);
        assertThat(Html.mainText(firstTab.body())).contains("Sobriété des moyens (poids 2)", "Une assemblée tirée au sort.")
                .as("the contact persons stay the candidate's and the staff's")
                .doesNotContain("Camille Martin", "camille.martin@demo-sur-loire.example");

        HttpResponse<String> outOfRange = jure.submit(firstTab, "sheet", "saveDraft", Map.of("criteria:0:score", "7"));
        assertThat(Html.messages(outOfRange.body())).isNotEmpty().doesNotContain("brouillon est enregistré");
        HttpResponse<String> draft = jure.submit(firstTab, "sheet", "saveDraft", Map.of("criteria:0:score", "4",
                "criteria:0:note", "Tirage au sort exemplaire.", "overrideStars", "3",
                "overrideReason", "Une démarche courte mais exemplaire."));
        assertThat(Html.messages(draft.body())).contains("Votre brouillon est enregistré");
        assertThat(Html.textarea(draft.body(), "criteria:0:note")).isEqualTo("Tirage au sort exemplaire.");
        assertThat(Html.formFields(draft.body(), "sheet")).as("the stars chosen in a draft, kept with it")
                .containsEntry("overrideStars", "3");
        assertThat(Html.textarea(draft.body(), "overrideReason")).isEqualTo("Une démarche courte mais exemplaire.");

        HttpResponse<String> incomplete = jure.submit(draft, "sheet", "submitSheet", Html.formFields(draft.body(), "sheet"));
        assertThat(Html.messages(incomplete.body())).as("the list at the top names the criterion")
                .contains("Notez chaque critère avant d’envoyer la fiche",
                        "« Effet sur la décision » : Notez ce critère pour envoyer la fiche.");
        assertThat(incomplete.body()).as("the criterion left unrated is marked beside its rating")
                .containsPattern("id=\"criteria:1:score\"[^>]*aria-invalid=\"true\"")
                .containsPattern("id=\"criteria:0:score\"[^>]*aria-invalid=\"false\"")
                .contains("Notez ce critère pour envoyer la fiche.");

        Map<String, String> allTwos = new HashMap<>();
        for (int criterion = 0; criterion < 5; criterion++) {
            allTwos.put("criteria:" + criterion + ":score", "2");
        }
        HttpResponse<String> stale = jure.submit(secondTab, "sheet", "submitSheet", allTwos);
        assertThat(Html.messages(stale.body())).as("the second tab does not overwrite the first")
                .contains("Cette fiche a été enregistrée ailleurs");

        HttpResponse<String> overridden = jure.submit(jure.get(sheet), "sheet", "submitSheet",
                with(with(allTwos, "overrideStars", "4"), "overrideReason", ""));
        assertThat(Html.messages(overridden.body())).contains("Dites pourquoi vous proposez un autre nombre d’étoiles");
        HttpResponse<String> sent = jure.submit(jure.get(sheet), "sheet", "submitSheet",
                with(allTwos, "overrideStars", ""));
        assertThat(Html.messages(sent.body())).contains("Votre proposition est enregistrée");
        assertThat(Html.mainText(sent.body())).as("all 2s weigh 2.0, which proposes 2 stars").contains("2 étoiles");
        assertThat(Html.messages(jure.submit(jure.get(sheet), "sheet", "saveDraft", Map.of()).body()))
                .as("a sent sheet no longer changes").doesNotContain("brouillon est enregistré");

        WebSession other = Demo.signedIn(base.toURI(), "jure2@trophees.example");
        assertThat(other.get(sheet).statusCode()).as("another juror's sheet is not found by its id").isEqualTo(404);
        String otherSheet = link(other);
        Map<String, String> allFours = new HashMap<>();
        allTwos.keySet().forEach(field -> allFours.put(field, "4"));
        Map<String, String> forged = new HashMap<>(allFours);
        forged.putAll(Map.of("sheet", "sheet", "submitSheet", ""));
        forged.putAll(WebSession.formState(other.get(otherSheet).body()));
        assertThat(other.post(sheet, forged).body()).as("their own form, sent to the other juror's sheet, stores nothing")
                .doesNotContain("Votre proposition est enregistrée");

        String frozen = staff.get(edition).body();
        assertThat(Html.mainText(frozen)).contains("Une fiche a été envoyée : la grille est figée");
        assertThat(frozen).doesNotContain("id=\"saveCriteria\"");

        assertThat(Html.messages(other.submit(other.get(otherSheet), "sheet", "submitSheet", allFours).body()))
                .contains("Votre proposition est enregistrée");
        staff.submit(edition, "edition", "closeScoring", Map.of());

        WebSession president = Demo.signedIn(base.toURI(), "presidence@trophees.example");
        String board = Html.mainText(president.get("/jury/deliberation.xhtml").body());
        assertThat(board).as("2 stars and 4 stars: the jurors disagree")
                .contains("Moyenne brute 3,00 · calibrée 3,00 · écart 2,00 (2 fiches)", "Désaccord : à discuter",
                        "Qualité de la démarche participative : 2 — Tirage au sort exemplaire.", "Sobriété des moyens : 4");
        String journal = Html.mainText(staff.get("/equipe/journal.xhtml?edition="
                + edition.substring(edition.indexOf("id=") + 3)).body());
        assertThat(journal).contains("Fiche de notation envoyée " + TITLE + " — Juré 1 2 étoiles, note pondérée 2,00",
                "Grille de notation", "Sobriété des moyens ×2");
        HttpResponse<String> undecided = president.submit("/jury/deliberation.xhtml", "deliberation", "finish",
                Map.of("proposals:0:final", ""));
        assertThat(Html.messages(undecided.body())).as("no lock while a dossier has no result")
                .contains("Attribuez un résultat à chaque dossier avant de clore la délibération");
        assertThat(undecided.body()).contains("id=\"finish\"");
        HttpResponse<String> reading = president.get("/jury/lecture.xhtml?id=" + dossierId);
        assertThat(reading.statusCode()).isEqualTo(200);
        assertThat(Html.mainText(reading.body())).contains("Une assemblée tirée au sort.", "Tirage");
    }

    private static String link(WebSession juror) throws Exception {
        Matcher link = Pattern.compile("(/jury/dossier\\.xhtml\\?id=\\d+)").matcher(juror.get("/jury/dossiers.xhtml").body());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> all = new HashMap<>(fields);
        all.put(name, value);
        return all;
    }
}
