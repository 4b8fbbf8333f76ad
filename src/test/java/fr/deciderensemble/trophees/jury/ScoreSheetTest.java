package fr.deciderensemble.trophees.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreSheetTest {

    @Test
    void theWeightedScoreCountsEachRatingByItsWeight() {
        assertThat(ScoreSheet.weighted(List.of(new ScoreSheet.Line(3, 4), new ScoreSheet.Line(1, 1))))
                .hasValue(13.0 / 4);
    }

    @Test
    void aSheetWithACriterionNotRatedHasNoScoreYet() {
        assertThat(ScoreSheet.weighted(List.of(new ScoreSheet.Line(3, 4), new ScoreSheet.Line(1, null)))).isEmpty();
        assertThat(ScoreSheet.weighted(List.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0} proposes {1} stars")
    @CsvSource({"4.0, 4", "3.5, 4", "3.49, 3", "2.75, 3", "2.74, 2", "2.0, 2", "1.99, 1", "1.5, 1", "1.49, 0",
        "1.0, 0"})
    void thresholdsSplitTheScaleWhereTheJuryReadsIt(double weighted, int stars) {
        assertThat(ScoreSheet.stars(weighted)).isEqualTo(stars);
    }

    @Test
    void aThresholdReachedThroughRoundingStillCounts() {
        // 3 × 3 + 1 × 2 weighs 11 / 4 = 2.75 exactly, but sums of doubles may land a hair below it.
        double weighted = ScoreSheet.weighted(List.of(new ScoreSheet.Line(1, 3), new ScoreSheet.Line(1, 3),
                new ScoreSheet.Line(1, 3), new ScoreSheet.Line(1, 2))).orElseThrow();
        assertThat(ScoreSheet.stars(weighted)).isEqualTo(3);
    }
}
