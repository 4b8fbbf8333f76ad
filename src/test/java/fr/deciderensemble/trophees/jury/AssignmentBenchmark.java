package fr.deciderensemble.trophees.jury;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

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

import fr.deciderensemble.trophees.jury.BalancedAssignment.Pair;

/**
 * How long the balanced assignment takes for 1,000 dossiers and 12 jurors, 3 jurors each, one conflict per dossier
 * and expertise fitting half the pairs (goal: 2 s at most, cold). Not part of the build; run it with
 * <pre>
 * mvn -o -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath fr.deciderensemble.trophees.jury.AssignmentBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SingleShotTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class AssignmentBenchmark {

    private List<Long> dossiers;
    private List<Long> jurors;
    private Set<Pair> conflicts;

    @Setup
    public void edition() {
        dossiers = LongStream.range(1, 1_001).boxed().toList();
        jurors = LongStream.range(10_000, 10_012).boxed().toList();
        Random random = new Random(1);
        conflicts = new HashSet<>();
        dossiers.forEach(dossier -> conflicts.add(new Pair(dossier, jurors.get(random.nextInt(jurors.size())))));
    }

    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public BalancedAssignment.Plan thousandDossiersTwelveJurors() {
        return BalancedAssignment.plan(dossiers, jurors, 3, List.of(), conflicts, (d, j) -> (int) ((d * j) % 2));
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(AssignmentBenchmark.class.getSimpleName()).build()).run();
    }
}
