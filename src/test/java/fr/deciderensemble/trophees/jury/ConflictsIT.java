package fr.deciderensemble.trophees.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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

/**
 * Conflicts of interest in the application deployed on PostgreSQL, as each role meets them: the juror who
 * declares one loses the dossier for good, by list and by id; staff confirm a suspected one, cannot assign
 * across one, and the automatic assignment does not either.
 */
@ExtendWith(ArquillianExtension.class)
class ConflictsIT {

    private static final String OURS = "Budget participatif de Démo-sur-Loire";
    private static final String THEIRS = "Conseil de quartier de Ville-Voisine";
    private static final Pattern MINUTES_LINK = Pattern.compile("id=\"minutes-link\"[^>]*href=\"([^\"]+)\"");
    /** The application's mails, caught by GreenMail for the whole class. */
    @RegisterExtension
    static final GreenMailExtension mail = Mailbox.server();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive application() throws SQLException {
        return FreshDeployment.onFreshDatabase();
    }

    @Test
    void aConflictedJurorNeverSeesTheDossierAndNobodyCanGiveItBack() throws Exception {
        String edition = Demo.openCall(base.toURI(), 2028);
        // The demo candidate writes from the jury's own domain: the application should suspect a tie.
        String file = Demo.submittedDossierWithAFile(Demo.signedIn(base.toURI(), Demo.CANDIDATE), OURS);
        submit(Registration.confirmedCandidate(base.toURI(), mail, "mairie@ville-voisine.fr", "Mairie de Ville-Voisine"),
                THEIRS);

        WebSession staff = Demo.signedIn(base.toURI(), Demo.STAFF);
        staff.submit(edition, "edition", "closeSubmissions", Map.of());
        for (int row = 0; row < 2; row++) {
            assertThat(Html.messages(staff.submit(edition, "edition", "dossiers:" + row + ":admit", Map.of()).body()))
                    .contains("recevable");
        }
        String page = staff.get(edition).body();
        assertThat(Html.mainText(page)).as("same e-mail domain as the candidate, a public provider's excepted")
                .contains("Juré 1 et « " + OURS + " » : même domaine de courriel (trophees.example)")
                .doesNotContain("« " + THEIRS + " » : même domaine");
        String jure1 = optionValue(page, "Juré 1");
        String jure2 = optionValue(page, "Juré 2");
        int ours = page.indexOf(OURS) < page.indexOf(THEIRS) ? 0 : 1;
        assign(staff, edition, ours, jure1);
        assign(staff, edition, ours, jure2);
        assign(staff, edition, 1 - ours, jure1);

        WebSession juror = Demo.signedIn(base.toURI(), "jure1@trophees.example");
        String assignment = assignmentOf(juror, OURS);
        assertThat(juror.download("/jury" + file).statusCode()).as("a juror of the dossier reads its files")
                .isEqualTo(200);
        HttpResponse<String> unexplained = juror.submit(assignment, "conflict", "declareConflict", Map.of());
        assertThat(Html.messages(unexplained.body())).contains("Indiquez en quelques mots la raison");
        assertThat(unexplained.body()).as("beside the reason")
                .containsPattern("id=\"conflictReason\"[^>]*aria-invalid=\"true\"").contains("id=\"conflictReason-problem\"");
        HttpResponse<String> declared = juror.submit(assignment, "conflict", "declareConflict",
                Map.of("conflictReason", "J’ai animé une réunion de ce budget participatif."));
        assertThat(Html.messages(declared.body())).contains("ce dossier vous est retiré");
        assertThat(Html.mainText(juror.get("/jury/dossiers.xhtml").body())).doesNotContain(OURS).contains(THEIRS);
        HttpResponse<String> byId = juror.get(assignment);
        assertThat(byId.statusCode()).as("not by id either").isEqualTo(404);
        assertThat(byId.body()).doesNotContain(OURS);
        assertThat(juror.download("/jury" + file).statusCode()).as("nor its files").isEqualTo(404);

        HttpResponse<String> again = assign(staff, edition, ours, jure1);
        assertThat(Html.messages(again.body())).contains("en conflit d’intérêts avec ce dossier");
        assertThat(Html.mainText(again.body())).contains("Conflit d’intérêts : Juré 1 (déclaré par le juré)");

        WebSession other = Demo.signedIn(base.toURI(), "jure2@trophees.example");
        assertThat(other.download("/jury" + file).statusCode()).isEqualTo(200);
        page = staff.get(edition).body();
        HttpResponse<String> confirmed = staff.submit(staff.get(edition), "edition",
                "suggestion:" + suggestionIndex(page, "Juré 2") + ":confirmConflict", Map.of());
        assertThat(Html.messages(confirmed.body())).contains("Le conflit d’intérêts est enregistré");
        assertThat(Html.mainText(confirmed.body())).contains("Conflit d’intérêts : Juré 2 (signalé par l’équipe)")
                .doesNotContain("Juré 2 et « " + OURS);
        assertThat(Html.mainText(other.get("/jury/dossiers.xhtml").body()))
                .as("the staff's record takes the dossier back too").doesNotContain(OURS);
        assertThat(other.download("/jury" + file).statusCode()).isEqualTo(404);

        HttpResponse<String> preview = staff.submit(edition, "edition", "previewAssignment", Map.of("perDossier", "2"));
        assertThat(Html.mainText(preview.body())).as("no juror is left free of conflict for this dossier")
                .contains("Certains dossiers n’auront pas tous leurs jurés", OURS + " : il manquera 2 jurés")
                .as("and says why").contains("2 jurés notent (la présidence ne note pas)");
        assertThat(Html.mainText(preview.body())).as("the one juror left for the other dossier")
                .contains(THEIRS + " : Juré 2");
        assign(staff, edition, 1 - ours, jure2);
        HttpResponse<String> stale = staff.submit(preview, "edition", "applyAssignment", Map.of("perDossier", "2"));
        assertThat(Html.messages(stale.body())).as("a preview overtaken by a choice by hand is not applied")
                .contains("Les attributions ont changé depuis l’aperçu");

        String journal = Html.mainText(staff.get("/equipe/journal.xhtml?edition="
                + edition.substring(edition.indexOf("id=") + 3)).body());
        assertThat(journal).as("the journal says who did what")
                .contains("jure1@trophees.example Conflit d’intérêts déclaré par le juré " + OURS
                        + " Juré 1 : J’ai animé une réunion de ce budget participatif.")
                .contains("equipe@trophees.example Conflit d’intérêts signalé par l’équipe " + OURS)
                .contains("equipe@trophees.example Attribution " + THEIRS)
                .as("and each dossier a conflict took back").contains(
                        "jure1@trophees.example Retrait d’une attribution " + OURS + " Juré 1",
                        "equipe@trophees.example Retrait d’une attribution " + OURS + " Juré 2")
                .as("and nothing the stale preview planned").doesNotContain("(automatique)");
        HttpResponse<String> csv = staff.get("/api/editions/2028/journal.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains(";jure1@trophees.example;Conflit d’intérêts déclaré par le juré;" + OURS
                + ";;Juré 1 : J’ai animé une réunion de ce budget participatif.\r\n");
        assertThat(juror.get("/api/editions/2028/journal.csv").statusCode()).as("the journal is the staff's")
                .isIn(401, 403);
        assertThat(filteredJournal(staff, edition.substring(edition.indexOf("id=") + 3), "jure1@"))
                .as("the rows the filters leave, as CSV")
                .contains(";jure1@trophees.example;Conflit d’intérêts déclaré par le juré;" + OURS)
                .doesNotContain(";equipe@trophees.example;");

        staff.submit(edition, "edition", "finishAdmissibility", Map.of());
        staff.submit(edition, "edition", "closeScoring", Map.of());
        String late = juror.get(assignmentOf(juror, THEIRS)).body();
        assertThat(Html.mainText(late)).as("a sheet never sent, once scoring is closed, says so and offers no form")
                .contains("La notation est close\u00a0: cette fiche, restée non envoyée, ne peut plus être modifiée.");
        assertThat(late).as("nor invites to save a draft").doesNotContain("id=\"saveDraft\"", "id=\"submitSheet\"",
                "id=\"declareConflict\"", "Enregistrez un brouillon à tout moment");
    }

    @Test
    void staffTakeBackAnUnscoredDossierAndNeedAReasonToRecordAConflict() throws Exception {
        String edition = Demo.openCall(base.toURI(), 2029);
        submit(Registration.confirmedCandidate(base.toURI(), mail, "asso@quartiers-ensemble.org", "Quartiers ensemble"),
                THEIRS);
        WebSession staff = Demo.signedIn(base.toURI(), Demo.STAFF);
        staff.submit(edition, "edition", "closeSubmissions", Map.of());
        staff.submit(edition, "edition", "dossiers:0:admit", Map.of());
        String page = staff.get(edition).body();
        assign(staff, edition, 0, optionValue(page, "Juré 2"));

        HttpResponse<String> unexplained = staff.submit(edition, "edition", "recordConflict",
                Map.of("conflictDossier", dossierValue(page, THEIRS), "conflictJuror", optionValue(page, "Juré 2"),
                        "conflictReason", "   "));
        assertThat(Html.messages(unexplained.body())).contains("Indiquez en quelques mots la raison");
        HttpResponse<String> tooLong = staff.submit(edition, "edition", "recordConflict",
                Map.of("conflictDossier", dossierValue(page, THEIRS), "conflictJuror", optionValue(page, "Juré 2"),
                        "conflictReason", "x".repeat(1001)));
        assertThat(Html.messages(tooLong.body())).contains("ne peut dépasser 1 000 caractères");
        assertThat(Html.mainText(staff.get(edition).body())).doesNotContain("Conflit d’intérêts : Juré 2");

        HttpResponse<String> removed = staff.submit(edition, "edition", "dossiers:0:jurors:0:unassign", Map.of());
        assertThat(Html.messages(removed.body())).contains("Le dossier est retiré à ce juré");
        WebSession juror = Demo.signedIn(base.toURI(), "jure2@trophees.example");
        assertThat(Html.mainText(juror.get("/jury/dossiers.xhtml").body())).doesNotContain(THEIRS);
    }

    @Test
    void aDossierThePresidentIsConflictedWithIsDecidedByTheDeputyStaffName() throws Exception {
        String garden = "Jardin partagé de la Croix-Rouge";
        String workshop = "Atelier citoyen du littoral";
        String edition = Demo.openCall(base.toURI(), 2030);
        // Written from the association's domain, but its contact person writes from the jury's.
        submit(Registration.confirmedCandidate(base.toURI(), mail, "contact@jardin-croix.org", "Jardin"), garden,
                Map.of("contact:0:email", "tresorerie@trophees.example"));
        submit(Registration.confirmedCandidate(base.toURI(), mail, "mairie@littoral.fr", "Littoral"), workshop);
        WebSession staff = Demo.signedIn(base.toURI(), Demo.STAFF);
        staff.submit(edition, "edition", "closeSubmissions", Map.of());
        staff.submit(edition, "edition", "dossiers:0:admit", Map.of());
        staff.submit(edition, "edition", "dossiers:1:admit", Map.of());
        String page = staff.get(edition).body();
        assertThat(Html.mainText(page)).as("a contact person's domain counts as the candidate's")
                .contains("Juré 1 et « " + garden + " » : même domaine de courriel (trophees.example)");
        HttpResponse<String> recorded = staff.submit(edition, "edition", "recordConflict",
                Map.of("conflictDossier", dossierValue(page, garden), "conflictJuror", optionValue(page, "Présidence du jury"),
                        "conflictReason", "La présidente siège au conseil d’administration de l’association."));
        assertThat(Html.messages(recorded.body())).contains("Le conflit d’intérêts est enregistré");
        staff.submit(edition, "edition", "dossiers:0:nameDeputy", Map.of("dossiers:0:deputy", optionValue(page, "Juré 2")));
        staff.submit(edition, "edition", "recordConflict", Map.of("conflictDossier", dossierValue(page, garden),
                "conflictJuror", optionValue(page, "Juré 2"), "conflictReason", "Trésorier de l’association."));
        assertThat(Html.mainText(staff.get(edition).body())).as("a deputy found conflicted decides nothing more")
                .doesNotContain("Décidé par Juré 2");
        assertThat(Html.messages(staff.submit(edition, "edition", "dossiers:0:nameDeputy",
                Map.of("dossiers:0:deputy", optionValue(page, "Juré 2"))).body()))
                .contains("Ce juré est lui aussi en conflit d’intérêts avec ce dossier");
        HttpResponse<String> named = staff.submit(edition, "edition", "dossiers:0:nameDeputy",
                Map.of("dossiers:0:deputy", optionValue(page, "Juré 1")));
        assertThat(Html.messages(named.body())).contains("Le juré désigné décidera de ce dossier");
        assertThat(Html.mainText(named.body())).contains("Décidé par Juré 1, à la place de la présidence");
        staff.submit(edition, "edition", "finishAdmissibility", Map.of());
        staff.submit(edition, "edition", "closeScoring", Map.of());

        WebSession president = Demo.signedIn(base.toURI(), "presidence@trophees.example");
        String board = president.get("/jury/deliberation.xhtml").body();
        assertThat(Html.mainText(board)).as("the president does not see the dossier, only that one is decided elsewhere")
                .contains(workshop, "Vous êtes en conflit d’intérêts avec un dossier : il ne vous est pas montré")
                .doesNotContain(garden);
        HttpResponse<String> early = president.submit("/jury/deliberation.xhtml", "deliberation", "finish",
                Map.of("proposals:0:final", "NONE", "proposals:0:rationale", "Hors du champ des Trophées."));
        assertThat(Html.messages(early.body())).contains("attend encore la décision du juré désigné");

        assertThat(Demo.signedIn(base.toURI(), "jure2@trophees.example").get("/jury/deliberation.xhtml").statusCode())
                .as("a juror who is nobody's deputy has no deliberation to see").isEqualTo(403);
        String gardenId = dossierValue(page, garden);
        assertThat(president.get("/jury/lecture.xhtml?id=" + gardenId).statusCode())
                .as("nor can the president open it by id").isEqualTo(404);
        WebSession deputy = Demo.signedIn(base.toURI(), "jure1@trophees.example");
        assertThat(deputy.get("/jury/lecture.xhtml?id=" + gardenId).statusCode()).isEqualTo(200);
        assertThat(Html.mainText(deputy.get("/jury/dossiers.xhtml").body()))
                .contains("Vous décidez d’un dossier à la place de la présidence");
        String deputyBoard = deputy.get("/jury/deliberation.xhtml").body();
        assertThat(Html.mainText(deputyBoard)).contains(garden).doesNotContain(workshop);
        assertThat(deputyBoard).as("closing is the president's").doesNotContain("id=\"finish\"");
        HttpResponse<String> decided = deputy.submit("/jury/deliberation.xhtml", "deliberation", "save",
                Map.of("proposals:0:final", "STARS_4"));
        assertThat(Html.messages(decided.body())).as("a draft decision needs no reason yet")
                .contains("Les décisions sont enregistrées");

        HttpResponse<String> unexplained = president.submit("/jury/deliberation.xhtml", "deliberation", "finish",
                Map.of("proposals:0:final", "NONE", "proposals:0:rationale", "Hors du champ des Trophées."));
        assertThat(Html.messages(unexplained.body())).as("the deputy's decision has no reason for the minutes")
                .contains("Chaque décision doit être motivée avant le verrouillage");
        deputy.submit("/jury/deliberation.xhtml", "deliberation", "save",
                Map.of("proposals:0:final", "STARS_4", "proposals:0:rationale", "Un jardin conçu avec ses usagers."));

        HttpResponse<String> closed = president.submit("/jury/deliberation.xhtml", "deliberation", "finish",
                Map.of("proposals:0:final", "NONE", "proposals:0:rationale", "Hors du champ des Trophées."));
        assertThat(Html.messages(closed.body())).contains("La délibération est verrouillée");
        Matcher link = MINUTES_LINK.matcher(closed.body());
        assertThat(link.find()).as("the president is offered the minutes").isTrue();
        String minutes = URI.create(link.group(1)).getPath();
        assertThat(president.get(minutes).headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(deputy.get(minutes).statusCode()).as("a juror, even a deputy, does not download the minutes")
                .isEqualTo(403);
        assertThat(new WebSession(base.toURI()).get(minutes).statusCode()).isEqualTo(401);
    }

    private static void submit(WebSession candidate, String title) throws Exception {
        submit(candidate, title, Map.of());
    }

    private static void submit(WebSession candidate, String title, Map<String, String> changes) throws Exception {
        String dossier = Demo.startDossier(candidate);
        Map<String, String> fields = new LinkedHashMap<>(Demo.completeDossier(title));
        fields.putAll(changes);
        HttpResponse<String> sent = candidate.submit(dossier, "dossier", "submit", fields);
        assertThat(Html.messages(sent.body())).contains("Votre dossier est déposé");
    }

    private static HttpResponse<String> assign(WebSession staff, String edition, int row, String juror)
            throws Exception {
        return staff.submit(edition, "edition", "dossiers:" + row + ":assign",
                Map.of("dossiers:" + row + ":juror", juror));
    }

    private static String assignmentOf(WebSession juror, String title) throws Exception {
        Matcher link = Pattern.compile("href=\"[^\"]*(/jury/dossier\\.xhtml\\?id=\\d+)\">" + Pattern.quote(title))
                .matcher(juror.get("/jury/dossiers.xhtml").body());
        assertThat(link.find()).as(title + " is on the juror's list").isTrue();
        return link.group(1);
    }

    private static String optionValue(String html, String label) {
        Matcher option = Pattern.compile("<option value=\"(\\d+)\">" + Pattern.quote(label) + "</option>").matcher(html);
        assertThat(option.find()).as(label + " can be chosen").isTrue();
        return option.group(1);
    }

    private static String dossierValue(String html, String title) {
        return optionValue(html, title);
    }

    private static int suggestionIndex(String html, String juror) {
        Matcher item = Pattern.compile("id=\"suggestion:(\\d+):confirmConflict\"[^>]*aria-label=\"[^\"]*"
                + Pattern.quote(juror)).matcher(html);
        assertThat(item.find()).as("a suggestion for " + juror).isTrue();
        return Integer.parseInt(item.group(1));
    }

    /** The journal filtered by who did it, in the page as a browser filters it, then downloaded as the page offers. */
    private static String filteredJournal(WebSession staff, String editionId, String who) throws Exception {
        HttpResponse<String> page = staff.get("/equipe/journal.xhtml?edition=" + editionId);
        String path = page.uri().getPath() + "?" + page.uri().getQuery();
        Map<String, String> filtering = new LinkedHashMap<>(WebSession.formState(page.body()));
        filtering.putAll(Map.of("journal-form", "journal-form", "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "journal", "jakarta.faces.partial.execute", "journal",
                "jakarta.faces.partial.render", "journal", "jakarta.faces.behavior.event", "filter",
                "jakarta.faces.partial.event", "filter", "journal_filtering", "true", "journal_encodeFeature", "true",
                "journal:who:filter", who));
        assertThat(staff.post(path, filtering, "Faces-Request", "partial/ajax").body()).contains("<partial-response");
        Map<String, String> download = new LinkedHashMap<>(WebSession.formState(page.body()));
        download.putAll(Map.of("journal-form", "journal-form", "filteredCsv", "", "journal:who:filter", who));
        HttpResponse<String> csv = staff.post(path, download);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .contains("trophees-2028-journal-filtre.csv");
        return csv.body();
    }
}
