package fr.deciderensemble.trophees.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecognitionTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void eachLevelOfStarsIsTheOneWithThatManyStars(int stars) {
        Recognition level = Recognition.ofStars(stars);

        assertThat(level.stars()).isEqualTo(stars);
        assertThat(level.titled()).isFalse();
        assertThat(level.starSymbols()).hasSize(stars);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void noStarsIsNoLevel(int stars) {
        assertThatThrownBy(() -> Recognition.ofStars(stars)).isInstanceOf(IllegalArgumentException.class);
    }
}
