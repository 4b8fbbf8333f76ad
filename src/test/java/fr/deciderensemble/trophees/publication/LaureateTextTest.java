package fr.deciderensemble.trophees.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class LaureateTextTest {

    @Test
    void aTitleOrAHolderIsEnough() {
        assertThat(text("Conseil des sages", null, List.of()).problems()).isEmpty();
        assertThat(text(null, "Ville de Cachan", List.of()).problems()).isEmpty();
        assertThat(text(" ", null, List.of()).problems()).containsExactly("laureate.unnamed");
    }

    @Test
    void blankObjectiveLinesAreDropped() {
        assertThat(text("Titre", null, Arrays.asList("Co-construire", "  ", null, " Réunir ")).objectives())
                .containsExactly("Co-construire", "Réunir");
    }

    @Test
    void limitsAreThoseOfTheImport() {
        LaureateText text = new LaureateText("t".repeat(EditionJson.SHORT + 1), null, "a".repeat(EditionJson.LONG + 1),
                List.of("o".repeat(EditionJson.ITEM + 1)), null, null, null, null);

        assertThat(text.problems()).containsExactly("laureate.short.tooLong", "laureate.long.tooLong",
                "laureate.objectives.tooLong");
    }

    private static LaureateText text(String title, String holder, List<String> objectives) {
        return new LaureateText(title, holder, null, objectives, null, null, null, null);
    }
}
