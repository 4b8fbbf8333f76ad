package fr.deciderensemble.trophees.journey;

import java.io.File;
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
import java.util.concurrent.TimeUnit;

/** The built application, started as a user would start it, on a free port. */
public final class RunningApplication implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private RunningApplication(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /** Started on the embedded database unless {@code environment} names another, and healthy. */
    public static RunningApplication start(Path dataDir, Map<String, String> environment)
            throws IOException, InterruptedException {
        RunningApplication app = launch(dataDir, environment, List.of("-Xmx768m"), freePort());
        app.awaitHealthy();
        return app;
    }

    /** Started with these JVM options on this port, without waiting for it to be healthy. */
    public static RunningApplication launch(Path dataDir, Map<String, String> environment, List<String> jvmOptions,
            int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("trophees.jar", "target/trophees.jar")));
        return launch(command, dataDir, environment, port);
    }

    /**
     * Started from a launcher directory (src/main/payara/launcher/install.sh) by its own {@code trophees} script,
     * as the Docker image starts it; healthy.
     */
    public static RunningApplication startInstalled(Path launcher, Path dataDir, Map<String, String> environment)
            throws IOException, InterruptedException {
        RunningApplication app = launch(List.of(launcher.resolve("trophees").toString()), dataDir, environment,
                freePort());
        app.awaitHealthy();
        return app;
    }

    private static RunningApplication launch(List<String> start, Path dataDir, Map<String, String> environment,
            int port) throws IOException {
        List<String> command = new ArrayList<>(start);
        command.addAll(List.of("--nocluster", "--port", String.valueOf(port)));
        Path log = Files.createDirectories(Path.of("target", "journey")).resolve("app-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        isolate(builder.environment());
        builder.environment().put("TROPHEES_DATA_DIR", dataDir.toString());
        builder.environment().put("TROPHEES_BASE_URL", "http://localhost:" + port);
        int managementPort = freePort();
        builder.environment().put("TROPHEES_MANAGEMENT_PORT", String.valueOf(managementPort));
        builder.environment().putAll(environment);
        return new RunningApplication(builder.start(), port, managementPort, log);
    }

    /**
     * The embedded default is what runs unless the test says otherwise, whatever the surrounding build configures;
     * and a script's {@code java} is the one running the tests.
     */
    static void isolate(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("TROPHEES_") || name.equals("JAVA_OPTS"));
        environment.merge("PATH", Path.of(System.getProperty("java.home"), "bin").toString(),
                (path, testJava) -> testJava + File.pathSeparator + path);
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** On the management port, which serves {@code /health} and nothing of the application. */
    public String managementUrl(String path) {
        return "http://localhost:" + managementPort + path;
    }

    public URI base() {
        return URI.create(url("/"));
    }

    /** The process id, for a tool that watches the application's JVM from outside. */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    /** What the application printed so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Waits until {@code /health} answers 200. */
    public void awaitHealthy() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped during start-up; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url("/health")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // The port opens a few seconds after the JVM starts.
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("No healthy answer within " + START_TIMEOUT);
    }

    /** Ends the process the way a power cut or {@code kill -9} would: nothing gets a chance to finish. */
    public void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
