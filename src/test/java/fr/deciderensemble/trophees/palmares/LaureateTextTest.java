package fr.deciderensemble.trophees.palmares;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.platform.TextLimits;

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
        LaureateText text = new LaureateText("t".repeat(TextLimits.SHORT + 1), null, List.of(), null,
                "a".repeat(TextLimits.LONG + 1), List.of("o".repeat(TextLimits.ITEM + 1)), null, List.of(), null,
                null, null);

        assertThat(text.problems()).containsExactly("laureate.title.tooLong", "laureate.approach.tooLong",
                "laureate.objectives.tooLong");
    }

    @Test
    void departmentsAndPartnerNoteHaveTheImportsLimits() {
        assertThat(withDetails(List.of("d".repeat(TextLimits.SHORT + 1)), null, List.of()).problems())
                .containsExactly("laureate.departments.tooLong");
        assertThat(withDetails(Collections.nCopies(TextLimits.MAX_ITEMS + 1, "Val-de-Marne"), null, List.of())
                .problems()).containsExactly("laureate.departments.tooLong");
        assertThat(withDetails(List.of(), "p".repeat(TextLimits.SHORT + 1), List.of()).problems())
                .containsExactly("laureate.partnerNote.tooLong");
        assertThat(withDetails(List.of("Val-de-Marne", "Essonne"), "Avec le soutien de l’ADEME", List.of())
                .problems()).isEmpty();
    }

    @Test
    void stepsKeepTheirOrderAndEmptyOnesAreDropped() {
        LaureateText text = withDetails(List.of(), null, List.of(new LaureateText.Step(" Diagnostic ", "Ateliers"),
                new LaureateText.Step(" ", null), new LaureateText.Step(null, "Restitution publique")));

        assertThat(text.steps()).containsExactly(new LaureateText.Step("Diagnostic", "Ateliers"),
                new LaureateText.Step(null, "Restitution publique"));
        assertThat(text.problems()).isEmpty();
    }

    @Test
    void stepsHaveTheImportsLimits() {
        assertThat(withDetails(List.of(), null, List.of(new LaureateText.Step("t".repeat(TextLimits.SHORT + 1), null)))
                .problems()).containsExactly("laureate.steps.tooLong");
        assertThat(withDetails(List.of(), null, List.of(new LaureateText.Step(null, "x".repeat(TextLimits.ITEM + 1))))
                .problems()).containsExactly("laureate.steps.tooLong");
        assertThat(withDetails(List.of(), null,
                Collections.nCopies(TextLimits.MAX_ITEMS + 1, new LaureateText.Step("Étape", null))).problems())
                .containsExactly("laureate.steps.tooLong");
    }

    private static LaureateText text(String title, String holder, List<String> objectives) {
        return new LaureateText(title, holder, List.of(), null, null, objectives, null, List.of(), null, null, null);
    }

    private static LaureateText withDetails(List<String> departments, String partnerNote, List<LaureateText.Step> steps) {
        return new LaureateText("Titre", null, departments, partnerNote, null, List.of(), null, steps, null, null,
                null);
    }
}
