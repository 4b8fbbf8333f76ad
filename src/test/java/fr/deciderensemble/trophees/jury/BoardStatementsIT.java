package fr.deciderensemble.trophees.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.journey.Demo;
import fr.deciderensemble.trophees.journey.FreshDeployment;
import fr.deciderensemble.trophees.journey.RunningApplication;
import fr.deciderensemble.trophees.journey.WebSession;

/**
 * The staff's edition page and the president's deliberation page, with 200 dossiers each assigned to 12 jurors,
 * a jury list with expertise, a deputy and the president's conflict, and the public palmarès of 200 laureates, run
 * a handful of SQL statements, as with one dossier: they read their
 * rows with joins, never row by row; and a candidate's dossier page costs the same whatever the length of its lists.
 * The count is the one the application reports itself ({@code Server-Timing}, on with {@code TROPHEES_SERVER_TIMING}):
 * every statement on the driver's connections from the request's arrival, the login's and the process engine's too.
 */
class BoardStatementsIT {

    private static final int DOSSIERS = 200;
    private static final int JURORS = 12;
    private static final int MAX_STATEMENTS = 10;
    /** One per part the candidate's dossier page shows (dossier, outcome, receipts, files, team) and per list. */
    private static final int MAX_DOSSIER_PAGE_STATEMENTS = 12;
    /** The one seeded dossier with long lists, 20 objectives and 10 steps; the others have 3 of each. */
    private static final long LONG_DOSSIER = 10_000_000;
    private static final Pattern STATEMENTS = Pattern.compile("sql;desc=\"(\\d+) statements\"");

    private static RunningApplication app;
    private static String database;
    private static String editionPage;

    @BeforeAll
    static void anEditionWithManyDossiers() throws Exception {
        database = FreshDeployment.freshDatabase("statements");
        Map<String, String> environment = new HashMap<>(Map.of("TROPHEES_DB_URL", database,
                "TROPHEES_DB_USER", "postgres", "TROPHEES_DEMO", "true", "TROPHEES_SERVER_TIMING", "true"));
        app = RunningApplication.start(Files.createTempDirectory("statements"), environment);
        editionPage = Demo.openCall(app.base(), 2031);
        seed(Long.parseLong(editionPage.substring(editionPage.indexOf("id=") + 3)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theEditionAndDeliberationPagesCostTheSameWhateverTheirRows() throws Exception {
        WebSession staff = Demo.signedIn(app.base(), Demo.STAFF);
        staff.submit(editionPage, "edition", "closeSubmissions", Map.of());
        HttpResponse<String> board = staff.get(editionPage);
        // The conflict form above the table offers every dossier; the table itself shows a page of them.
        String table = board.body().substring(board.body().indexOf("id=\"dossiers\""));
        assertThat(table).as("the first page of the dossiers' table, 50 rows").contains("Dossier 49", "Juré 12")
                .doesNotContain("Dossier 50<");
        assertThat(table).as("the deputy named for the dossier the president is in conflict with")
                .contains("Décidé par");
        int editionStatements = statements(board);

        staff.submit(editionPage, "edition", "finishAdmissibility", Map.of());
        staff.submit(editionPage, "edition", "closeScoring", Map.of());
        HttpResponse<String> deliberation = Demo.signedIn(app.base(), "presidence@trophees.example")
                .get("/jury/deliberation.xhtml");
        assertThat(deliberation.body()).contains("Dossier 199", "Avis du juré 12 sur le dossier 199");
        int deliberationStatements = statements(deliberation);

        System.out.printf("Statements with %d dossiers x %d jurors: edition page %d, deliberation page %d%n",
                DOSSIERS, JURORS, editionStatements, deliberationStatements);
        assertThat(editionStatements).as("the edition page's statements").isBetween(1, MAX_STATEMENTS);
        assertThat(deliberationStatements).as("the deliberation page's statements").isBetween(1, MAX_STATEMENTS);
    }

    @Test
    void thePublicPalmaresCostsTheSameWhateverItsLaureates() throws Exception {
        StringBuilder laureates = new StringBuilder();
        for (int i = 0; i < DOSSIERS; i++) {
            laureates.append(i == 0 ? "" : ",").append("{\"title\": \"Lauréat ").append(i).append("\", \"stars\": ")
                    .append(1 + i % 4).append(", \"department\": [\"29\", \"35\"], \"objectives\": [\"Un\", \"Deux\"], ")
                    .append("\"steps\": [{\"title\": \"Écoute\", \"text\": \"Enquête\"}]}");
        }
        HttpResponse<String> imported = new WebSession(app.base()).send("/api/editions", HttpRequest.newBuilder()
                .header("Content-Type", "application/json")
                .header("Authorization", WebSession.basic(Demo.STAFF, Demo.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString("{\"year\": 2019, \"laureates\": [" + laureates + "]}",
                        StandardCharsets.UTF_8)));
        assertThat(imported.statusCode()).isEqualTo(201);

        HttpResponse<String> palmares = new WebSession(app.base()).get("/resultats.xhtml?annee=2019");
        assertThat(palmares.body()).contains("Lauréat 199", "Finistère (29), Ille-et-Vilaine (35)");
        int palmaresStatements = statements(palmares);

        System.out.printf("Statements of the palmarès with %d laureates: %d%n", DOSSIERS, palmaresStatements);
        assertThat(palmaresStatements).as("the palmarès' statements").isBetween(1, MAX_STATEMENTS);
    }

    @Test
    void aCandidatesDossierPageCostsTheSameWhateverTheLengthOfItsLists() throws Exception {
        WebSession candidate = Demo.signedIn(app.base(), Demo.CANDIDATE);
        HttpResponse<String> longLists = candidate.get("/candidat/dossier.xhtml?id=" + LONG_DOSSIER);
        assertThat(longLists.body()).contains("Objectif 19", "Étape 9");
        HttpResponse<String> shortLists = candidate.get("/candidat/dossier.xhtml?id=" + (LONG_DOSSIER + 1));
        assertThat(shortLists.body()).contains("Objectif 2").doesNotContain("Objectif 3");

        int longStatements = statements(longLists);
        System.out.printf("Statements of a candidate's dossier page: %d with 20 objectives and 10 steps, %d with 3%n",
                longStatements, statements(shortLists));
        assertThat(longStatements).as("the dossier page's statements").isEqualTo(statements(shortLists))
                .isBetween(1, MAX_DOSSIER_PAGE_STATEMENTS);
    }

    private static int statements(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher count = STATEMENTS.matcher(page.headers().firstValue("Server-Timing").orElse(""));
        assertThat(count.find()).as("the page reports its statements").isTrue();
        return Integer.parseInt(count.group(1));
    }

    /**
     * The edition's jury list, each juror with two themes of expertise, and a president in conflict with the first
     * dossier, decided by a deputy: each adds rows the edition page reads, none may add a statement.
     */
    private static void juryListWithAPresidentInConflict(Connection db, long editionId, List<Long> jurors)
            throws Exception {
        long president = ids(db, "select id from account where role = 'JURY_PRESIDENT'").get(0);
        try (PreparedStatement member = db.prepareStatement("insert into jury_member (id, edition_id, position,"
                + " name, president, organisation, account_id) values (?, ?, ?, ?, ?, 'Décider ensemble', ?)");
                PreparedStatement theme = db.prepareStatement(
                        "insert into jury_member_expertise (member_id, theme) values (?, ?)")) {
            List<Long> everyone = new ArrayList<>(jurors);
            everyone.add(0, president);
            for (int m = 0; m < everyone.size(); m++) {
                member.setLong(1, 30_000_000 + m);
                member.setLong(2, editionId);
                member.setInt(3, m);
                member.setString(4, m == 0 ? "Présidence" : "Juré " + m);
                member.setBoolean(5, m == 0);
                member.setLong(6, everyone.get(m));
                member.addBatch();
                for (String code : List.of("URB", "ENV")) {
                    theme.setLong(1, 30_000_000 + m);
                    theme.setString(2, code);
                    theme.addBatch();
                }
            }
            member.executeBatch();
            theme.executeBatch();
        }
        try (PreparedStatement conflict = db.prepareStatement("insert into conflict_of_interest (id, dossier_id,"
                + " juror_id, declared_by, reason, declared_at) values (40000000, ?, ?, 'STAFF', 'Élu de la commune',"
                + " now())");
                PreparedStatement deputy = db.prepareStatement(
                        "insert into deputy (dossier_id, juror_id) values (?, ?)")) {
            conflict.setLong(1, LONG_DOSSIER);
            conflict.setLong(2, president);
            conflict.executeUpdate();
            deputy.setLong(1, LONG_DOSSIER);
            deputy.setLong(2, jurors.get(0));
            deputy.executeUpdate();
        }
    }

    /** Ten more jurors beside the demo's two, and the dossiers, submitted, admissible, each given to every juror. */
    private static void seed(long editionId) throws Exception {
        try (Connection db = DriverManager.getConnection(database, "postgres", "")) {
            db.setAutoCommit(false);
            try (PreparedStatement juror = db.prepareStatement("insert into account (id, email, password_hash,"
                    + " display_name, role, confirmed, created_at) values (?, ?, 'x', ?, 'JUROR', true, now())")) {
                for (int j = 3; j <= JURORS; j++) {
                    juror.setLong(1, 9_000_000 + j);
                    juror.setString(2, "jure" + j + "@trophees.example");
                    juror.setString(3, "Juré " + j);
                    juror.addBatch();
                }
                juror.executeBatch();
            }
            long candidate = ids(db, "select id from account where email = '" + Demo.CANDIDATE + "'").get(0);
            List<Long> jurors = ids(db, "select id from account where role = 'JUROR' order by id");
            assertThat(jurors).hasSize(JURORS);
            try (PreparedStatement dossier = db.prepareStatement("insert into dossier (id, edition_id, candidate_id,"
                    + " title, holder_name, holder_type, approach, target_audience, status, submitted_at,"
                    + " admissibility, version) values (?, ?, ?, ?, 'Mairie', 'PV', 'Une démarche',"
                    + " 'Tous', 'SUBMITTED', ?, 'ADMISSIBLE', 1)");
                    PreparedStatement objective = db.prepareStatement(
                            "insert into dossier_objective (dossier_id, position, text) values (?, ?, ?)");
                    PreparedStatement step = db.prepareStatement(
                            "insert into dossier_step (dossier_id, position, text) values (?, ?, ?)");
                    PreparedStatement assignment = db.prepareStatement("insert into assignment (id, dossier_id,"
                            + " juror_id, proposed_stars, comment, proposed_at) values (?, ?, ?, ?, ?, now())")) {
                for (int d = 0; d < DOSSIERS; d++) {
                    long dossierId = LONG_DOSSIER + d;
                    dossier.setLong(1, dossierId);
                    dossier.setLong(2, editionId);
                    dossier.setLong(3, candidate);
                    dossier.setString(4, "Dossier " + d);
                    dossier.setObject(5, OffsetDateTime.now());
                    dossier.addBatch();
                    for (int p = 0; p < (dossierId == LONG_DOSSIER ? 20 : 3); p++) {
                        objective.setLong(1, dossierId);
                        objective.setInt(2, p);
                        objective.setString(3, "Objectif " + p);
                        objective.addBatch();
                    }
                    for (int p = 0; p < (dossierId == LONG_DOSSIER ? 10 : 3); p++) {
                        step.setLong(1, dossierId);
                        step.setInt(2, p);
                        step.setString(3, "Étape " + p);
                        step.addBatch();
                    }
                    for (int j = 0; j < JURORS; j++) {
                        assignment.setLong(1, 20_000_000 + d * 100L + j);
                        assignment.setLong(2, dossierId);
                        assignment.setLong(3, jurors.get(j));
                        assignment.setInt(4, 1 + (d + j) % 4);
                        assignment.setString(5, "Avis du juré " + (j + 1) + " sur le dossier " + d);
                        assignment.addBatch();
                    }
                }
                dossier.executeBatch();
                objective.executeBatch();
                step.executeBatch();
                assignment.executeBatch();
            }
            juryListWithAPresidentInConflict(db, editionId, jurors);
            db.commit();
        }
    }

    private static List<Long> ids(Connection db, String query) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
