package fr.deciderensemble.trophees.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.journey.Demo;
import fr.deciderensemble.trophees.journey.FreshDeployment;
import fr.deciderensemble.trophees.journey.Html;
import fr.deciderensemble.trophees.journey.RunningApplication;
import fr.deciderensemble.trophees.journey.WebSession;

/**
 * {@code kill -9} during a burst of saves and submissions, on the embedded database and on PostgreSQL: staff close
 * the submissions while the candidates are still saving, and the kill follows at once. After a restart, every save
 * and every submission the candidates were told about is there, those of the last milliseconds too, and so is the
 * closing of the submissions staff were told about just before the kill. On PostgreSQL, which the test can read while the application runs, a
 * published booklet whose background store the crash cut short is stored again after the restart, nobody asking.
 */
class CrashIT {

    private static final int CANDIDATES = 6;
    private static final Path EDITION_2020 = Path.of("../shared/data/edition-2020.json");
    private static final Pattern ROW = Pattern.compile(
            "dossier\\.xhtml\\?id=(\\d+)\">([^<]*)</a></td>\\s*<td[^>]*>\\d+</td>\\s*<td class=\"status\"[^>]*>([^<]*)</td>");

    /** What the candidates were told: each dossier's last acknowledged save, and the submissions. */
    private final Map<String, Integer> savedUpTo = new ConcurrentHashMap<>();
    private final Map<String, Boolean> submitted = new ConcurrentHashMap<>();

    @Test
    void onTheEmbeddedDatabaseNothingAcknowledgedIsLost() throws Exception {
        crashDuringABurstAndCheck(Map.of());
    }

    @Test
    void onPostgresNothingAcknowledgedIsLostAndTheBookletIsStoredAgain() throws Exception {
        String database = FreshDeployment.freshDatabase("crash");
        crashDuringABurstAndCheck(Map.of("TROPHEES_DB_URL", database, "TROPHEES_DB_USER", "postgres"));
    }

    private void crashDuringABurstAndCheck(Map<String, String> database) throws Exception {
        String postgres = database.get("TROPHEES_DB_URL");
        Path data = Files.createTempDirectory("trophees-crash");
        Map<String, String> environment = new HashMap<>(database);
        environment.put("TROPHEES_DEMO", "true");
        // The booklet the crash left unstored is stored by the restart without waiting the half-minute a real start gives.
        environment.put("TROPHEES_STORE_AFTER_START", "PT2S");
        RunningApplication app = RunningApplication.start(data, environment);
        String editionPage = Demo.openCall(app.base(), 2027);
        WebSession staff = Demo.signedIn(app.base(), Demo.STAFF);

        AtomicBoolean closing = new AtomicBoolean();
        ExecutorService candidates = Executors.newFixedThreadPool(CANDIDATES);
        List<Future<?>> bursts = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            int candidate = i;
            bursts.add(candidates.submit(() -> burst(app, candidate, closing)));
        }
        // Long enough for the candidates to have saved and submitted several times each.
        Instant deadline = Instant.now().plusSeconds(120);
        while ((savedUpTo.size() < CANDIDATES * 2 || submitted.size() < CANDIDATES) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(submitted).as("submissions before the crash").hasSizeGreaterThanOrEqualTo(CANDIDATES);
        if (postgres != null) {
            HttpResponse<String> imported = staff.send("/api/editions", HttpRequest.newBuilder()
                    .header("Authorization", WebSession.basic(Demo.STAFF, Demo.PASSWORD))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofFile(EDITION_2020)));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        }
        // Staff close the submissions as the candidates go on, and the kill follows at once.
        closing.set(true);
        HttpResponse<String> closed = staff.submit(editionPage, "edition", "closeSubmissions", Map.of());
        app.crash();
        for (Future<?> burst : bursts) {
            burst.get(1, TimeUnit.MINUTES);
        }
        candidates.shutdown();
        assertThat(Html.messages(closed.body())).isEqualTo("Les dépôts sont clos.");
        if (postgres != null) {
            // Whether or not its store had ended before the kill, the booklet is not stored now.
            execute(postgres, "delete from published_document");
        }

        try (RunningApplication again = RunningApplication.start(data, environment)) {
            assertThat(Demo.signedIn(again.base(), Demo.STAFF).get(editionPage).body())
                    .as("the submissions staff closed just before the crash are still closed")
                    .contains("<span id=\"phase\" class=\"phase\">Recevabilité et attribution</span>");
            Map<String, String[]> stored = new HashMap<>();
            Matcher row = ROW.matcher(Demo.signedIn(again.base(), Demo.CANDIDATE).get("/candidat/dossiers.xhtml").body());
            while (row.find()) {
                stored.put(row.group(1), new String[] {row.group(2), row.group(3)});
            }
            List<String> lost = new ArrayList<>();
            savedUpTo.forEach((dossier, save) -> {
                String[] found = stored.get(dossier);
                if (found == null || saveNumber(found[0]) < save) {
                    lost.add("save " + save + " of dossier " + dossier + " (found " + (found == null ? "nothing" : found[0]) + ")");
                }
            });
            submitted.keySet().forEach(dossier -> {
                String[] found = stored.get(dossier);
                if (found == null || !"Déposé".equals(found[1])) {
                    lost.add("submission of dossier " + dossier);
                }
            });
            System.out.printf("Crash: %d dossiers saved and %d submitted before kill -9, %d writes lost%n",
                    savedUpTo.size(), submitted.size(), lost.size());
            assertThat(lost).as("%d saves and %d submissions acknowledged", savedUpTo.size(), submitted.size())
                    .isEmpty();
            if (postgres != null) {
                awaitStoredBooklet(postgres);
            }
        }
    }

    /** Stored by the restart itself, within two minutes: downloads never write. */
    private static void awaitStoredBooklet(String postgres) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!storedBooklet(postgres)) {
            assertThat(Instant.now()).as("the booklet of 2020 is stored again after the restart").isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private static boolean storedBooklet(String postgres) throws SQLException {
        try (Connection db = DriverManager.getConnection(postgres, "postgres", "");
                ResultSet row = db.createStatement().executeQuery("select count(*) from published_document d"
                        + " join edition e on e.id = d.edition_id where e.edition_year = 2020 and d.kind = 'booklet'")) {
            return row.next() && row.getInt(1) == 1;
        }
    }

    private static void execute(String postgres, String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(postgres, "postgres", "")) {
            db.createStatement().execute(sql);
        }
    }

    /**
     * One candidate: dossier after dossier, three saves then the submission, until the application is gone. Once the
     * submissions close, a refusal or the connection dropping by the kill ends it.
     */
    private void burst(RunningApplication app, int candidate, AtomicBoolean closing) {
        try {
            WebSession session = Demo.signedIn(app.base(), Demo.CANDIDATE);
            while (true) {
                String dossier = Demo.startDossier(session);
                String id = dossier.substring(dossier.indexOf("id=") + 3);
                for (int save = 1; save <= 3; save++) {
                    HttpResponse<String> saved = session.submit(dossier, "dossier", "save",
                            Map.of("title", "Candidat " + candidate + " sauvegarde " + save));
                    if (Html.messages(saved.body()).equals("Votre brouillon est enregistré.")) {
                        savedUpTo.put(id, save);
                    }
                }
                HttpResponse<String> sent = session.submit(dossier, "dossier", "submit", complete(candidate));
                if (Html.messages(sent.body()).startsWith("Votre dossier est déposé")) {
                    submitted.put(id, true);
                    savedUpTo.put(id, 4);
                }
            }
        } catch (Exception failed) {
            if (!closing.get()) {
                throw new IllegalStateException("Candidate " + candidate + " could not go on", failed);
            }
        }
    }

    private static Map<String, String> complete(int candidate) {
        return Demo.completeDossier("Candidat " + candidate + " sauvegarde 4");
    }

    private static int saveNumber(String title) {
        Matcher number = Pattern.compile("sauvegarde (\\d+)$").matcher(title);
        return number.find() ? Integer.parseInt(number.group(1)) : 0;
    }
}
