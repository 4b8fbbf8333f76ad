package fr.deciderensemble.trophees.journey;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The built {@code target/trophees.jar}, started as a user would start it, on a free port. */
final class RunningApplication implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;

    private RunningApplication(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static RunningApplication start(Path dataDir, Map<String, String> environment) throws IOException, InterruptedException {
        int port = freePort();
        Path jar = Path.of(System.getProperty("trophees.jar", "target/trophees.jar"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jar.toString(), "--nocluster", "--port", String.valueOf(port)));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Files.createDirectories(Path.of("target", "journey")).resolve("app-" + port + ".log").toFile());
        // The embedded default is what this test runs on, whatever the surrounding build configures.
        builder.environment().keySet().removeIf(name -> name.startsWith("TROPHEES_"));
        builder.environment().put("TROPHEES_DATA_DIR", dataDir.toString());
        builder.environment().put("TROPHEES_BASE_URL", "http://localhost:" + port);
        builder.environment().putAll(environment);
        RunningApplication app = new RunningApplication(builder.start(), port);
        app.awaitHealthy();
        return app;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped during start-up; see target/journey");
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url("/health"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // The port opens a few seconds after the JVM starts.
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("No healthy answer within " + START_TIMEOUT);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
