package fr.deciderensemble.trophees.jury;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How long the consolidation of the deliberation board takes for 1,000 dossiers each scored by all 12 jurors, 12,000
 * sheets (goal: p95 300 ms at most). Not part of the build; run it with
 * <pre>
 * mvn -o -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath fr.deciderensemble.trophees.jury.CalibrationBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SingleShotTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class CalibrationBenchmark {

    private List<Calibration.Sheet> sheets;

    @Setup
    public void edition() {
        Random random = new Random(1);
        sheets = new ArrayList<>();
        for (long dossier = 1; dossier <= 1_000; dossier++) {
            for (long juror = 10_000; juror < 10_012; juror++) {
                double score = 1 + 3 * random.nextDouble();
                sheets.add(new Calibration.Sheet(dossier, juror, score, ScoreSheet.stars(score)));
            }
        }
    }

    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public Map<Long, Calibration.Consolidated> thousandDossiersTwelveJurors() {
        return Calibration.consolidate(sheets);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(CalibrationBenchmark.class.getSimpleName()).build()).run();
    }
}
