package fr.deciderensemble.trophees.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.exchange.Edition2020;
import fr.deciderensemble.trophees.journey.Demo;
import fr.deciderensemble.trophees.journey.RunningApplication;
import fr.deciderensemble.trophees.journey.WebSession;

/**
 * A thousand anonymous downloads of the public 2020 booklet at once, on the jar started with a 512 MB heap: every
 * one is answered (the booklet, or 503 and when to come back), {@code /health} keeps answering within a second
 * all along on the management port, where a supervisor asks it, and the application serves normally afterwards.
 * The booklet is built once, not a thousand times.
 */
class BookletFloodIT {

    static final int DOWNLOADS = 1000;
    private static RunningApplication app;

    @BeforeAll
    static void startWithASmallHeapAndThe2020Edition() throws Exception {
        Path data = Files.createTempDirectory("trophees-flood");
        app = RunningApplication.launch(data, Map.of("TROPHEES_DEMO", "true"), List.of("-Xmx512m"),
                RunningApplication.freePort());
        app.awaitHealthy();
        HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("/api/editions")))
                .header("Authorization", WebSession.basic(Demo.STAFF, Demo.PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(Edition2020.locate())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).isEqualTo(201);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @Test
    void aThousandDownloadsAtOnceAreAllAnsweredAndHealthStaysFast() throws Exception {
        // HTTP/1.1 as browsers speak it to this server: no attempt to upgrade each connection to HTTP/2. The crowd's
        // answers are read by two threads, not by a thousand that would starve the probe of this same JVM: a crowd
        // comes from other machines than the supervisor's, and only the server's delay is measured here.
        ExecutorService readers = Executors.newFixedThreadPool(2);
        HttpClient crowd = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(readers)
                .connectTimeout(Duration.ofSeconds(30)).build();
        AtomicBoolean flooding = new AtomicBoolean(true);
        List<Duration> health = new ArrayList<>();
        Thread probe = new Thread(() -> probeHealth(flooding, health));
        probe.start();

        Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
        AtomicLong pdfBytes = new AtomicLong();
        try {
            List<CompletableFuture<Integer>> downloads = new ArrayList<>();
            for (int i = 0; i < DOWNLOADS; i++) {
                downloads.add(crowd.sendAsync(HttpRequest.newBuilder(URI.create(app.url("/api/editions/2020/booklet.pdf")))
                        .timeout(Duration.ofSeconds(120)).build(),
                        HttpResponse.BodyHandlers.ofByteArrayConsumer(chunk -> chunk.ifPresent(bytes -> pdfBytes.addAndGet(bytes.length))))
                        .thenApply(HttpResponse::statusCode)
                        .exceptionally(failure -> -1));
            }
            for (CompletableFuture<Integer> download : downloads) {
                answers.computeIfAbsent(download.join(), status -> new AtomicLong()).incrementAndGet();
            }
        } finally {
            flooding.set(false);
            readers.shutdown();
        }
        probe.join();

        Map<Integer, Long> counts = answers.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get()));
        System.out.printf("Booklet flood: %s; %d MB of PDF sent; /health slowest %s over %d probes%n", counts,
                pdfBytes.get() / 1_000_000, health.stream().max(Duration::compareTo).orElseThrow(), health.size());
        assertThat(counts.keySet()).as("every download answered, with the booklet or 503").isSubsetOf(200, 503);
        assertThat(counts.getOrDefault(200, 0L)).isPositive();
        assertThat(health).isNotEmpty().allSatisfy(latency -> assertThat(latency).isLessThan(Duration.ofSeconds(1)));
        assertThat(app.log()).doesNotContain("OutOfMemoryError");

        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> after = client.send(HttpRequest.newBuilder(URI.create(app.url("/api/editions/2020/booklet.pdf")))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(new String(after.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(after.headers().firstValue("Server")).as("the jar names no server").isEmpty();
        assertThat(after.headers().firstValue("X-Powered-By")).isEmpty();
        String etag = after.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = client.send(HttpRequest.newBuilder(URI.create(app.url("/api/editions/2020/booklet.pdf")))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).as("a client holding the booklet is told it did not change").isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(client.send(HttpRequest.newBuilder(URI.create(app.url("/index.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(client.send(HttpRequest.newBuilder(URI.create(app.managementUrl("/index.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("the management port serves no page").isEqualTo(404);
    }

    private static void probeHealth(AtomicBoolean flooding, List<Duration> latencies) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        while (flooding.get()) {
            Instant start = Instant.now();
            try {
                int status = client.send(HttpRequest.newBuilder(URI.create(app.managementUrl("/health")))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                // Only a healthy answer counts as one: a 503 is as bad as no answer.
                latencies.add(status == 200 ? Duration.between(start, Instant.now()) : Duration.ofSeconds(10));
                Thread.sleep(100);
            } catch (Exception e) {
                latencies.add(Duration.ofSeconds(10));
            }
        }
    }
}
