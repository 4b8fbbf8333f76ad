package fr.deciderensemble.trophees.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A production start of the built jar on its embedded database: the first staff account comes
 * from the environment, no demo account exists, and a restart keeps every record, the restart made in the form
 * the Docker image ships (a launcher directory with its class archive).
 */
class FirstStartIT {

    private static final String ADMIN = "direction@deciderensemble.example";
    private static final String ADMIN_PASSWORD = "premier-mot-de-passe";

    @Test
    void theFirstStaffAccountComesFromTheEnvironmentAndEverythingSurvivesARestart(@TempDir Path scratch) throws Exception {
        Path data = Files.createTempDirectory("trophees-first-start");
        try (RunningApplication app = RunningApplication.start(data, Map.of(
                "TROPHEES_ADMIN_EMAIL", ADMIN, "TROPHEES_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            assertThat(api(app, "equipe@trophees.example", "trophees-demo").statusCode())
                    .as("no demo account outside demo mode").isEqualTo(401);
            assertThat(api(app, ADMIN, ADMIN_PASSWORD).body()).isEqualTo("[]");

            WebSession staff = new WebSession(URI.create(app.url("/")));
            assertThat(staff.login(ADMIN, ADMIN_PASSWORD).uri().getPath()).isEqualTo("/equipe/editions.xhtml");
            LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris"));
            DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
            assertThat(staff.submit("/equipe/editions.xhtml", "new-edition", "create", Map.of("year", "2027",
                    "callOpensAt", local.format(now), "submissionDeadline", local.format(now.plusDays(30)),
                    "scoringDeadline", local.format(now.plusDays(60)), "ceremonyAt", local.format(now.plusDays(90))))
                    .body()).contains("L’édition est créée");
        }

        // About 300 MB with its archive: JUnit removes it afterwards.
        Path launcher = scratch.resolve("app");
        run("src/main/payara/launcher/install.sh", launcher.toString());
        run(launcher.resolve("archive-classes").toString());
        assertThat(launcher.resolve("trophees.jsa")).as("the class archive").isRegularFile();
        // -Xshare:on: a JVM that cannot map the archive refuses to start, instead of starting slower unnoticed.
        try (RunningApplication again = RunningApplication.startInstalled(launcher, data, Map.of("JAVA_OPTS", "-Xshare:on",
                "TROPHEES_ADMIN_EMAIL", "autre@deciderensemble.example", "TROPHEES_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            assertThat(api(again, ADMIN, ADMIN_PASSWORD).body()).as("the edition is still there")
                    .contains("\"year\":2027", "\"phase\":\"PREPARATION\"");
            assertThat(api(again, "autre@deciderensemble.example", ADMIN_PASSWORD).statusCode())
                    .as("a staff account exists already: the variables create no other").isEqualTo(401);
        }
    }

    /** Runs one of the launcher's scripts to its end, which must be a success. */
    private static void run(String... command) throws Exception {
        Path log = Files.createDirectories(Path.of("target", "journey")).resolve("launcher.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        RunningApplication.isolate(builder.environment());
        Process process = builder.start();
        if (!process.waitFor(8, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(command[0] + " did not end within 8 minutes; see " + log);
        }
        assertThat(process.exitValue()).as(command[0] + " succeeds; see " + log).isZero();
    }

    private static HttpResponse<String> api(RunningApplication app, String user, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("/api/editions")))
                .header("Authorization", WebSession.basic(user, password)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
