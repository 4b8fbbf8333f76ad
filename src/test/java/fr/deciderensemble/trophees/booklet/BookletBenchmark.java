package fr.deciderensemble.trophees.booklet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

import fr.deciderensemble.trophees.booklet.Booklet.Laureate;
import fr.deciderensemble.trophees.exchange.Edition2020;
import fr.deciderensemble.trophees.jury.Recognition;

/**
 * How long a booklet takes to render: the 2020 edition warm (goal: 1 s at most) and a synthetic edition of
 * 1,000 laureates in 256 MB of heap (goal: 15 s at most). Not part of the build; run it with
 * <pre>
 * mvn -o -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath fr.deciderensemble.trophees.booklet.BookletBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class BookletBenchmark {

    private static final int LAUREATES = 1_000;

    private Booklet edition2020;
    private Booklet thousandLaureates;

    @Setup
    public void load() throws IOException {
        edition2020 = Edition2020.booklet();
        thousandLaureates = withLaureates(edition2020, LAUREATES);
    }

    @Benchmark
    @Warmup(iterations = 10)
    @Measurement(iterations = 20)
    public byte[] edition2020() {
        return new BookletPdf().render(edition2020);
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public byte[] thousandLaureates() {
        return new BookletPdf().render(thousandLaureates);
    }

    /** The 2020 laureates over and over, a tenth with 4 stars, then 3, 2 and 1 star in growing numbers. */
    static Booklet withLaureates(Booklet edition, int count) {
        List<Laureate> laureates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Recognition recognition = i < count / 10 ? Recognition.STARS_4
                    : i < count * 3 / 10 ? Recognition.STARS_3 : i < count * 6 / 10 ? Recognition.STARS_2
                            : Recognition.STARS_1;
            Laureate model = edition.laureates().stream().filter(l -> l.recognition() == recognition)
                    .toList().get(i % 6);
            laureates.add(new Laureate(recognition, null, model.title() + " n° " + (i + 1), model.holder(),
                    model.departments(), model.partnerNote(), model.approach(), model.objectives(),
                    model.targetAudience(), model.steps(), model.focus(), model.results(), model.logo()));
        }
        return new Booklet(edition.year(), edition.editionNumber(), edition.programmeName(), edition.organisers(),
                edition.partners(), edition.supporters(), edition.jury(), laureates);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(BookletBenchmark.class.getSimpleName()).build()).run();
    }
}
