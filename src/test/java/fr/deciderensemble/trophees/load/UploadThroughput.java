package fr.deciderensemble.trophees.load;

import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;

import fr.deciderensemble.trophees.journey.Demo;
import fr.deciderensemble.trophees.journey.FreshDeployment;
import fr.deciderensemble.trophees.journey.Html;
import fr.deciderensemble.trophees.journey.RunningApplication;
import fr.deciderensemble.trophees.journey.WebSession;

/**
 * Attachments under load, on PostgreSQL, with the jar's own -Xmx768m: one candidate sends 10 MB files one after
 * the other (upload and download MB/s), then ten candidates send a 10 MB file each at the same moment, while the
 * application's heap is read over JMX every 20 ms: its peak shows whether files are held whole in memory (ten of
 * them would add 100 MB at least).
 *
 * <pre>mvn -B package -DskipTests && mvn -o -q exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath fr.deciderensemble.trophees.load.UploadThroughput 5"</pre>
 */
public final class UploadThroughput {

    private static final int MB = 1024 * 1024;
    private static final int PARALLEL = 10;

    private UploadThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String database = FreshDeployment.freshDatabase("uploads");
        try (RunningApplication app = RunningApplication.start(Files.createTempDirectory("trophees-uploads"), Map.of(
                "TROPHEES_DB_URL", database, "TROPHEES_DB_USER", "postgres", "TROPHEES_DEMO", "true"))) {
            Demo.openCall(app.base(), 2027);
            DeadlineRush.createCandidates(database, PARALLEL);
            List<WebSession> candidates = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                WebSession candidate = new WebSession(app.base());
                candidate.login(DeadlineRush.email(i), DeadlineRush.PASSWORD);
                candidates.add(candidate);
            }
            byte[] file = pdf(10 * MB);
            sequential(candidates.get(0), file, rounds);
            parallel(app, candidates, file);
        }
    }

    private static void sequential(WebSession candidate, byte[] file, int rounds) throws Exception {
        List<Double> up = new ArrayList<>();
        List<Double> down = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            String dossier = Demo.startDossier(candidate);
            long start = System.nanoTime();
            String id = attach(candidate, dossier, file);
            up.add(mbPerSecond(file.length, System.nanoTime() - start));
            start = System.nanoTime();
            HttpResponse<byte[]> back = candidate.download("/candidat/piece/" + id);
            down.add(mbPerSecond(back.body().length, System.nanoTime() - start));
        }
        System.out.printf("%nOne 10 MB file at a time, %d rounds: upload median %.1f MB/s (min %.1f), download median"
                + " %.1f MB/s (min %.1f)%n", rounds, median(up), Collections.min(up), median(down),
                Collections.min(down));
    }

    private static void parallel(RunningApplication app, List<WebSession> candidates, byte[] file) throws Exception {
        List<String> dossiers = new ArrayList<>();
        for (WebSession candidate : candidates) {
            dossiers.add(Demo.startDossier(candidate));
        }
        try (Heap heap = new Heap(app.pid())) {
            long before = heap.settledUsed();
            heap.watch();
            ExecutorService crowd = Executors.newFixedThreadPool(candidates.size());
            List<Callable<String>> uploads = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                int candidate = i;
                uploads.add(() -> attach(candidates.get(candidate), dossiers.get(candidate), file));
            }
            long start = System.nanoTime();
            int stored = 0;
            for (Future<String> upload : crowd.invokeAll(uploads)) {
                stored += upload.get() == null ? 0 : 1;
            }
            long elapsed = System.nanoTime() - start;
            crowd.shutdown();
            long peak = heap.stop();
            System.out.printf("%d × 10 MB at once: %d stored in %.1f s (%.1f MB/s in all); heap used %d MB before,"
                    + " peak %d MB during, of which live after a collection at most %d MB (-Xmx768m)%n",
                    candidates.size(), stored, elapsed / 1e9, mbPerSecond((long) file.length * stored, elapsed),
                    before / MB, peak / MB, heap.peakLive() / MB);
        }
    }

    /** Sends the file as the dossier page's upload does; the new file's id. */
    private static String attach(WebSession candidate, String dossier, byte[] file) throws Exception {
        HttpResponse<String> answer = Demo.attach(candidate, dossier, "upload", "rapport.pdf", file);
        if (!Html.text(answer.body()).contains("Le fichier a été ajouté")) {
            throw new IllegalStateException("Upload refused: " + Html.text(answer.body()));
        }
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("/candidat/piece/(\\d+)").matcher(answer.body());
        return id.find() ? id.group(1) : null;
    }

    private static byte[] pdf(int size) {
        byte[] pdf = new byte[size];
        new Random(1).nextBytes(pdf);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, head.length);
        return pdf;
    }

    private static double mbPerSecond(long bytes, long nanos) {
        return bytes / (double) MB / (nanos / 1e9);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** The application's heap, read through the JVM's own management agent, attached from here. */
    private static final class Heap implements AutoCloseable {

        private final JMXConnector connector;
        private final MemoryMXBean memory;
        private final List<MemoryPoolMXBean> pools;
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();
        private volatile boolean watching;
        private Thread watcher;

        Heap(long pid) throws Exception {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
            String address = vm.startLocalManagementAgent();
            vm.detach();
            connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            MBeanServerConnection server = connector.getMBeanServerConnection();
            memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
                    MemoryMXBean.class);
            pools = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        }

        /** Used heap after a full collection: what the application holds at rest. */
        long settledUsed() {
            memory.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }

        void watch() {
            watching = true;
            watcher = new Thread(() -> {
                while (watching) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    // What each heap pool kept after its last collection: the data still referenced.
                    long live = pools.stream().map(MemoryPoolMXBean::getCollectionUsage)
                            .filter(java.util.Objects::nonNull).mapToLong(MemoryUsage::getUsed).sum();
                    peakLive.accumulateAndGet(live, Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            watcher.start();
        }

        long peakLive() {
            return peakLive.get();
        }

        long stop() throws InterruptedException {
            watching = false;
            watcher.join();
            return peak.get();
        }

        @Override
        public void close() throws Exception {
            connector.close();
        }
    }
}
