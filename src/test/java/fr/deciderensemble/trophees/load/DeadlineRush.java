package fr.deciderensemble.trophees.load;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.deciderensemble.trophees.account.Argon2id;
import fr.deciderensemble.trophees.journey.Demo;
import fr.deciderensemble.trophees.journey.FreshDeployment;
import fr.deciderensemble.trophees.journey.Html;
import fr.deciderensemble.trophees.journey.RunningApplication;
import fr.deciderensemble.trophees.journey.WebSession;

/**
 * The deadline rush, on PostgreSQL: each candidate logs in, opens their dossiers, starts one, saves it three times
 * and submits it, as a browser would (Faces forms, view state, redirects). Two shapes:
 * {@code spread N SECONDS} (N candidates arriving evenly over the last SECONDS) and {@code burst N} (N at once);
 * and {@code saves N SECONDS}, the application's capacity: N candidates already logged in save as fast as they can
 * with the form's button (a post, its redirect and the page again), or {@code autosaves N SECONDS}, the same with
 * the page's own save (the whole form posted straight to the service, as its script sends it), which is most of a
 * candidate's saves.
 * It starts the built jar on a fresh database, lets 40 other candidates through first (uncounted: a server at the
 * deadline has been up for weeks), prints p50/p95/max per kind of request, the errors, the submissions
 * acknowledged and those found in the database afterwards, then runs pgbench on the same server and prints the
 * application's saves per second as a share of pgbench's transactions per second.
 *
 * <pre>mvn -B package -DskipTests && mvn -o -q exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath fr.deciderensemble.trophees.load.DeadlineRush burst 100"</pre>
 */
public final class DeadlineRush {

    static final String PASSWORD = "une-phrase-de-passe";
    /**
     * Evenings spent before the measured ones, and not counted: the deadline finds a server that has been up for
     * weeks, its code compiled by the JIT, not one started a second before.
     */
    private static final int WARM_UP = 40;
    /** The answer of the page's own save when it stored the draft, with the version the page goes on from. */
    private static final Pattern SAVED = Pattern.compile("\"outcome\":\"saved\",\"version\":(\\d+)");

    private final Map<String, List<Long>> millis = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger saves = new AtomicInteger();

    private DeadlineRush() {
    }

    public static void main(String[] args) throws Exception {
        String shape = args.length > 0 ? args[0] : "burst";
        int candidates = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 600;
        String database = FreshDeployment.freshDatabase("rush");
        try (RunningApplication app = RunningApplication.start(Files.createTempDirectory("trophees-rush"), Map.of(
                "TROPHEES_DB_URL", database, "TROPHEES_DB_USER", "postgres", "TROPHEES_DEMO", "true"))) {
            Demo.openCall(app.base(), 2027);
            createCandidates(database, candidates + WARM_UP);
            warmUp(app, candidates);
            if (shape.endsWith("saves")) {
                new DeadlineRush().capacity(app, candidates, seconds, "autosaves".equals(shape));
            } else {
                new DeadlineRush().run(app, database, shape, candidates, seconds);
            }
        }
    }

    private void run(RunningApplication app, String database, String shape, int candidates, int seconds)
            throws Exception {
        ExecutorService crowd = Executors.newFixedThreadPool(candidates);
        long spacingNanos = "spread".equals(shape) ? TimeUnit.SECONDS.toNanos(seconds) / candidates : 0;
        Instant start = Instant.now();
        for (int i = 0; i < candidates; i++) {
            int candidate = i;
            long arrival = System.nanoTime() + spacingNanos * i;
            crowd.submit(() -> {
                waitUntil(arrival);
                journey(app, candidate);
            });
        }
        finish(crowd, seconds + 600L, "rush");
        Duration elapsed = Duration.between(start, Instant.now());

        System.out.printf("%nDeadline rush, %s, %d candidates, %d s%n", shape, candidates, elapsed.toSeconds());
        System.out.printf("%-8s %6s %8s %8s %8s%n", "request", "count", "p50 ms", "p95 ms", "max ms");
        for (String kind : List.of("page", "login", "start", "save", "submit")) {
            List<Long> sorted = new ArrayList<>(millis.getOrDefault(kind, List.of()));
            Collections.sort(sorted);
            if (!sorted.isEmpty()) {
                System.out.printf("%-8s %6d %8d %8d %8d%n", kind, sorted.size(), percentile(sorted, 50),
                        percentile(sorted, 95), sorted.get(sorted.size() - 1));
            }
        }
        int stored = submittedInDatabase(database, acknowledged);
        System.out.printf("errors: %d%s%n", errors.size(), errors.isEmpty() ? "" : " " + errors.subList(0, Math.min(5, errors.size())));
        System.out.printf("submissions acknowledged: %d, found submitted in the database: %d, lost: %d%n",
                acknowledged.size(), stored, acknowledged.size() - Math.min(stored, acknowledged.size()));
        double savesPerSecond = saves.get() / (double) Math.max(1, elapsed.toMillis()) * 1000;
        double pgbench = Pgbench.tps();
        System.out.printf("saves: %d, %.1f per second; pgbench: %.0f tps; the application's saves are %.1f %% of pgbench%n",
                saves.get(), savesPerSecond, pgbench, 100 * savesPerSecond / pgbench);
    }

    /**
     * N candidates, logged in and each with a dossier started, save for SECONDS as fast as the server answers, with
     * the form's button or the page's own save.
     */
    private void capacity(RunningApplication app, int candidates, int seconds, boolean autosave) throws Exception {
        List<WebSession> browsers = new ArrayList<>();
        List<HttpResponse<String>> dossiers = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            WebSession browser = new WebSession(app.base());
            browser.login(email(i), PASSWORD);
            browsers.add(browser);
            dossiers.add(browser.get(Demo.startDossier(browser)));
        }
        String kind = autosave ? "autosave" : "save";
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService crowd = Executors.newFixedThreadPool(candidates);
        for (int i = 0; i < candidates; i++) {
            int candidate = i;
            crowd.submit(() -> {
                HttpResponse<String> dossier = dossiers.get(candidate);
                // A browser reads its form itself, on its own machine: the fields are read here once, not per save.
                Map<String, String> form = Html.formFields(dossier.body(), "dossier");
                String dossierId = Demo.dossierId(dossier);
                for (int save = 1; System.nanoTime() < end; save++) {
                    try {
                        Map<String, String> draft = content(candidate, save);
                        if (autosave) {
                            form.putAll(draft);
                            HttpResponse<String> answer = timed(kind, () -> Demo.autosave(browsers.get(candidate), dossierId, form));
                            Matcher saved = SAVED.matcher(answer.body());
                            expect(saved.find(), kind, answer);
                            form.put("version", saved.group(1));
                        } else {
                            HttpResponse<String> previous = dossier;
                            dossier = timed(kind, () -> browsers.get(candidate).submit(previous, "dossier", "save", draft));
                            expect(Html.messages(dossier.body()).equals("Votre brouillon est enregistré."), kind, dossier);
                        }
                        saves.incrementAndGet();
                    } catch (Exception e) {
                        errors.add(e.getMessage());
                        return;
                    }
                }
            });
        }
        finish(crowd, seconds + 120L, "save capacity");
        List<Long> sorted = new ArrayList<>(millis.get(kind));
        Collections.sort(sorted);
        double savesPerSecond = saves.get() / (double) seconds;
        double pgbench = Pgbench.tps();
        System.out.printf("%nSave capacity (%s), %d candidates saving for %d s: %d saves, %.1f per second, p50 %d ms,"
                + " p95 %d ms, errors %d%s; pgbench %.0f tps; the application's saves are %.1f %% of pgbench%n", kind,
                candidates, seconds, saves.get(), savesPerSecond, percentile(sorted, 50), percentile(sorted, 95),
                errors.size(), errors.isEmpty() ? "" : " " + errors.get(0), pgbench, 100 * savesPerSecond / pgbench);
    }

    /** Figures of a run cut short would look like a fast one: a run that overstays its time is a failure. */
    private static void finish(ExecutorService pool, long seconds, String what) throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(seconds, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("The " + what + " did not end within " + seconds + " s");
        }
    }

    /** The warm-up's candidates come after the measured ones; four at a time, as a quiet evening would. */
    private static void warmUp(RunningApplication app, int measured) throws InterruptedException {
        DeadlineRush uncounted = new DeadlineRush();
        ExecutorService evening = Executors.newFixedThreadPool(4);
        for (int i = measured; i < measured + WARM_UP; i++) {
            int candidate = i;
            evening.submit(() -> uncounted.journey(app, candidate));
        }
        finish(evening, 600, "warm-up");
        if (!uncounted.errors.isEmpty()) {
            throw new IllegalStateException("The warm-up failed: " + uncounted.errors.get(0));
        }
    }

    /** One candidate's evening: log in, open the dossiers, start one, save it three times, submit it. */
    private void journey(RunningApplication app, int candidate) {
        WebSession browser = new WebSession(app.base());
        try {
            HttpResponse<String> loginPage = timed("page", () -> browser.get("/connexion.xhtml"));
            HttpResponse<String> home = timed("login", () -> browser.submit(loginPage, "login", "submit",
                    Map.of("email", email(candidate), "password", PASSWORD)));
            expect(home.uri().getPath().equals("/candidat/dossiers.xhtml"), "login", home);
            HttpResponse<String> dossiers = timed("page", () -> browser.get("/candidat/dossiers.xhtml"));
            HttpResponse<String> dossier = timed("start", () -> browser.submit(dossiers, "start", "newDossier", Map.of()));
            expect(dossier.uri().getPath().equals("/candidat/dossier.xhtml"), "start", dossier);
            long id = Long.parseLong(Demo.dossierId(dossier));
            for (int save = 1; save <= 3; save++) {
                HttpResponse<String> previous = dossier;
                Map<String, String> draft = content(candidate, save);
                dossier = timed("save", () -> browser.submit(previous, "dossier", "save", draft));
                expect(Html.messages(dossier.body()).equals("Votre brouillon est enregistré."), "save", dossier);
                saves.incrementAndGet();
            }
            HttpResponse<String> draft = dossier;
            HttpResponse<String> submitted = timed("submit", () -> browser.submit(draft, "dossier", "submit",
                    content(candidate, 4)));
            expect(Html.messages(submitted.body()).startsWith("Votre dossier est déposé"), "submit", submitted);
            acknowledged.add(id);
        } catch (Exception e) {
            errors.add(e.getMessage());
        }
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    private HttpResponse<String> timed(String kind, Request request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = request.send();
        millis.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>())
                .add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        return response;
    }

    private static void expect(boolean ok, String kind, HttpResponse<String> response) {
        if (!ok) {
            throw new IllegalStateException(kind + ": HTTP " + response.statusCode() + " " + response.uri() + " "
                    + Html.messages(response.body()));
        }
    }

    private static Map<String, String> content(int candidate, int save) {
        Map<String, String> fields = Demo.completeDossier("Budget participatif n° " + candidate + " (version " + save + ")");
        fields.put("holderName", "Commune " + candidate);
        fields.put("approach", "Les habitants proposent et votent des projets pour leur quartier. ".repeat(10));
        fields.put("objectives", "Associer les habitants\nFinancer leurs projets\nRendre compte");
        return fields;
    }

    /** Confirmed candidate accounts, written directly: registration by e-mail is not what is measured here. */
    static void createCandidates(String database, int candidates) throws Exception {
        String hash = Argon2id.hash(PASSWORD.toCharArray());
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
                PreparedStatement insert = connection.prepareStatement("insert into account (id, email, password_hash,"
                        + " display_name, role, confirmed, created_at) values (?, ?, ?, ?, 'CANDIDATE', true, ?)")) {
            for (int i = 0; i < candidates; i++) {
                insert.setLong(1, 1_000_000L + i);
                insert.setString(2, email(i));
                insert.setString(3, hash);
                insert.setString(4, "Commune " + i);
                insert.setObject(5, OffsetDateTime.now());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** How many of these dossiers, acknowledged as submitted, the database holds as submitted. */
    private static int submittedInDatabase(String database, Set<Long> dossiers) throws Exception {
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from dossier where status = 'SUBMITTED' and id = any(?)")) {
            count.setArray(1, connection.createArrayOf("bigint", dossiers.toArray()));
            try (ResultSet found = count.executeQuery()) {
                found.next();
                return found.getInt(1);
            }
        }
    }

    static String email(int candidate) {
        return "commune" + candidate + "@exemple.org";
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static void waitUntil(long nanos) {
        long wait;
        while ((wait = nanos - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
