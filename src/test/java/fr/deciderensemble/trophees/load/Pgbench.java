package fr.deciderensemble.trophees.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the same PostgreSQL does with its own benchmark (TPC-B like, 8 clients, 20 s): the yardstick of the rush. */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private Pgbench() {
    }

    static double tps() throws IOException, InterruptedException {
        String pgbench = Files.isExecutable(Path.of("/usr/bin/pgbench")) ? "/usr/bin/pgbench"
                : Files.list(Path.of("/usr/lib/postgresql")).map(version -> version.resolve("bin/pgbench"))
                        .filter(Files::isExecutable).findFirst().orElseThrow().toString();
        run(List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-c",
                "drop database if exists trophees_pgbench with (force)", "-c", "create database trophees_pgbench"));
        run(List.of(pgbench, "-h", "127.0.0.1", "-U", "postgres", "-i", "-q", "-s", "10", "trophees_pgbench"));
        String out = run(List.of(pgbench, "-h", "127.0.0.1", "-U", "postgres", "-c", "8", "-j", "2", "-T", "20",
                "trophees_pgbench"));
        Matcher tps = TPS.matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("No tps in pgbench's output: " + out);
        }
        return Double.parseDouble(tps.group(1));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
