package fr.deciderensemble.trophees.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.journey.Demo;
import fr.deciderensemble.trophees.journey.FreshDeployment;
import fr.deciderensemble.trophees.journey.RunningApplication;

/**
 * PostgreSQL out of reach when the application starts, then gone for a while when it runs: the application
 * deploys anyway, says why it is not ready (one log line, {@code /health} 503, a French page, a problem document),
 * becomes ready by itself when the database answers, and works again after an outage without a restart.
 */
class DatabaseOutageIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theApplicationWaitsForItsDatabaseAndOutlivesItsOutages() throws Exception {
        String database = FreshDeployment.freshDatabase("outage");
        int gatePort = RunningApplication.freePort();
        try (TcpGate gate = new TcpGate(gatePort, 5432);
                RunningApplication app = RunningApplication.launch(Files.createTempDirectory("trophees-outage"),
                        Map.of("TROPHEES_DB_URL", database.replace(":5432/", ":" + gatePort + "/"),
                                "TROPHEES_DB_USER", "postgres", "TROPHEES_DEMO", "true"),
                        List.of("-Xmx512m"), RunningApplication.freePort())) {
            HttpResponse<String> health = until(app, "/health", answer -> answer.body().contains("trophees"));
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("database unreachable");
            assertThat(get(app, "/index.xhtml").body()).contains("Le service est momentanément indisponible");
            HttpResponse<String> api = get(app, "/api/editions/2020/booklet.pdf");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            // Two retries later, still one line in the log.
            Instant waited = Instant.now().plusSeconds(11);
            until(app, "/health", answer -> Instant.now().isAfter(waited));
            assertThat(app.log().split("The database does not answer", -1)).hasSize(2);

            gate.open();
            app.awaitHealthy();
            assertThat(app.log()).contains("The database answers again: the application is ready");
            Demo.openCall(app.base(), 2027);

            gate.shut();
            until(app, "/health", answer -> answer.statusCode() == 503);
            HttpResponse<String> during = get(app, "/resultats.xhtml?annee=2027");
            assertThat(during.statusCode()).isEqualTo(503);
            assertThat(during.body()).contains("Le service est momentanément indisponible").doesNotContain("Exception");

            gate.open();
            app.awaitHealthy();
            assertThat(Demo.signedIn(app.base(), Demo.STAFF).get("/equipe/editions.xhtml").body())
                    .as("what was written before the outage, read after it").contains("2027");
        }
    }

    private static HttpResponse<String> get(RunningApplication app, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The first answer that satisfies the condition, within two minutes; a port not yet open is no answer. */
    private static HttpResponse<String> until(RunningApplication app, String path,
            Predicate<HttpResponse<String>> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> answer = get(app, path);
                if (condition.test(answer)) {
                    return answer;
                }
            } catch (java.io.IOException notListeningYet) {
                // Payara opens its port a few seconds after it starts.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No answer from " + path + " as expected within two minutes");
    }
}
