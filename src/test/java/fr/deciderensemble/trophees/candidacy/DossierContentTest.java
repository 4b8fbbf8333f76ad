package fr.deciderensemble.trophees.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class DossierContentTest {

    private static DossierContent complete() {
        return new DossierContent("Budget participatif", "Mairie de Saint-Exemple", "PV", null, "Loire-Atlantique",
                "Les écoliers votent.", List.of("Former", "Associer"), "Les élèves", List.of("Appel", "Vote"));
    }

    @Test
    void aCompleteDossierCanBeSubmitted() {
        assertThat(complete().submissionProblems()).isEmpty();
    }

    @Test
    void aDraftMayBeIncompleteButNotSubmitted() {
        DossierContent draft = new DossierContent("Titre seul", null, null, null, null, null, null, null, null);
        assertThat(draft.draftProblems()).isEmpty();
        assertThat(draft.submissionProblems()).containsExactly("dossier.holderName.required",
                "dossier.holderType.required", "dossier.department.required", "dossier.approach.required",
                "dossier.objectives.required", "dossier.targetAudience.required", "dossier.steps.required");
    }

    @Test
    void blankLinesAreNotObjectivesOrSteps() {
        DossierContent content = new DossierContent("T", "H", "PV", null, "D", "A", Arrays.asList("  ", "Former ", null),
                "P", List.of("", "\t"));
        assertThat(content.objectives()).containsExactly("Former");
        assertThat(content.submissionProblems()).containsExactly("dossier.steps.required");
    }

    @Test
    void oversizedFieldsAndUnknownCodesForbidEvenADraft() {
        DossierContent content = new DossierContent("x".repeat(201), "H", "XYZ", "ZZZ", "D", "a".repeat(5001),
                List.of("o".repeat(1001)), "P", java.util.Collections.nCopies(21, "étape"));
        assertThat(content.draftProblems()).containsExactly("dossier.title.tooLong", "dossier.approach.tooLong",
                "dossier.objectives.tooLong", "dossier.steps.tooLong", "dossier.holderType.unknown",
                "dossier.theme.unknown");
    }

    @Test
    void limitsAreInclusive() {
        DossierContent content = new DossierContent("x".repeat(200), "H", "AC", null, "D", "a".repeat(5000),
                List.of("o".repeat(1000)), "P", java.util.Collections.nCopies(20, "étape"));
        assertThat(content.submissionProblems()).isEmpty();
    }
}
