package fr.deciderensemble.trophees.jury;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The arithmetic of a score sheet: the weighted mean of ratings from 1 to 4, and the stars it proposes. The
 * thresholds split the scale where a jury reads it: mostly 4s give 4 stars (3.5 and above), mostly 3s give 3
 * (from 2.75), mostly 2s give 2 (from 2), a sheet leaning to 1 gives 1 star (from 1.5), and below that, no award.
 */
public final class ScoreSheet {

    /** The lowest weighted score of each number of stars, from 4 stars down to 1. */
    public static final double[] THRESHOLDS = {3.5, 2.75, 2.0, 1.5};
    public static final int LOWEST = 1;
    public static final int HIGHEST = 4;

    private ScoreSheet() {
    }

    /** A criterion's weight and its rating, null while not rated. */
    public record Line(int weight, Integer score) {
    }

    /** The weighted mean of the ratings, or empty while a criterion is not rated. */
    public static OptionalDouble weighted(List<Line> lines) {
        if (lines.isEmpty() || lines.stream().anyMatch(line -> line.score() == null)) {
            return OptionalDouble.empty();
        }
        double total = lines.stream().mapToDouble(line -> (double) line.weight() * line.score()).sum();
        int weights = lines.stream().mapToInt(Line::weight).sum();
        return OptionalDouble.of(total / weights);
    }

    /** The stars a weighted score proposes: 4 down to 1, or 0 for no award. */
    public static int stars(double weighted) {
        for (int index = 0; index < THRESHOLDS.length; index++) {
            if (weighted >= THRESHOLDS[index] - 1e-9) {
                return HIGHEST - index;
            }
        }
        return 0;
    }
}
