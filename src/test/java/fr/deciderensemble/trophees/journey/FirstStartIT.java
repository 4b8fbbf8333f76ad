package fr.deciderensemble.trophees.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A production start of the built jar on its embedded database: the first staff account comes
 * from the environment, no demo account exists, and a restart keeps every record.
 */
class FirstStartIT {

    private static final String ADMIN = "direction@deciderensemble.example";
    private static final String ADMIN_PASSWORD = "premier-mot-de-passe";

    @Test
    void theFirstStaffAccountComesFromTheEnvironmentAndEverythingSurvivesARestart() throws Exception {
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

        try (RunningApplication again = RunningApplication.start(data, Map.of(
                "TROPHEES_ADMIN_EMAIL", "autre@deciderensemble.example", "TROPHEES_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            assertThat(api(again, ADMIN, ADMIN_PASSWORD).body()).as("the edition is still there")
                    .contains("\"year\":2027", "\"phase\":\"PREPARATION\"");
            assertThat(api(again, "autre@deciderensemble.example", ADMIN_PASSWORD).statusCode())
                    .as("a staff account exists already: the variables create no other").isEqualTo(401);
        }
    }

    private static HttpResponse<String> api(RunningApplication app, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("/api/editions")))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }
}
