package fr.deciderensemble.trophees.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.candidacy.DossierContent.Contact;
import fr.deciderensemble.trophees.candidacy.DossierContent.Holder;
import fr.deciderensemble.trophees.candidacy.DossierContent.Progress;
import fr.deciderensemble.trophees.candidacy.DossierContent.Section;
import fr.deciderensemble.trophees.candidacy.DossierContent.Step;

class DossierContentTest {

    private static final Holder HOLDER = new Holder("Mairie de Saint-Exemple", "PV", "1 place de la Mairie", "44000",
            "Saint-Exemple", List.of("44"), "www.saint-exemple.fr");
    private static final List<Contact> CONTACT = List.of(new Contact("Camille Martin", "Chargée de mission",
            "camille@saint-exemple.fr", "02 40 00 00 00"));

    private static DossierContent complete() {
        return new DossierContent("Budget participatif", "BP", "MTH", List.of("Un habitant sur cinq a voté"), HOLDER,
                "Les écoliers votent.", List.of("Former", "Associer"), "Les élèves",
                List.of(new Step("Appel", "Les classes proposent."), new Step("Vote", null)), null, null, CONTACT);
    }

    private static DossierContent withHolder(Holder holder) {
        DossierContent c = complete();
        return new DossierContent(c.title(), c.approachType(), c.theme(), c.keyPoints(), holder, c.approach(),
                c.objectives(), c.targetAudience(), c.steps(), c.otherActors(), c.results(), c.contacts());
    }

    private static DossierContent withContacts(List<Contact> contacts) {
        DossierContent c = complete();
        return new DossierContent(c.title(), c.approachType(), c.theme(), c.keyPoints(), c.holder(), c.approach(),
                c.objectives(), c.targetAudience(), c.steps(), c.otherActors(), c.results(), contacts);
    }

    @Test
    void aCompleteDossierCanBeSubmittedAndEverySectionIsFull() {
        assertThat(complete().submissionProblems()).isEmpty();
        assertThat(complete().progress()).allMatch(Progress::isComplete)
                .extracting(Progress::section).containsExactly(Section.values());
    }

    @Test
    void aDraftMayBeIncompleteButNotSubmittedAndEachSectionCountsWhatIsMissing() {
        DossierContent draft = new DossierContent("Titre seul", null, null, null, null, null, null, null, null, null,
                null, null);
        assertThat(draft.draftProblems()).isEmpty();
        assertThat(draft.submissionProblems()).containsExactly("dossier.approachType.required",
                "dossier.theme.required", "dossier.keyPoints.required", "dossier.holderName.required",
                "dossier.holderType.required", "dossier.holderPostcode.required", "dossier.holderCommune.required",
                "dossier.departments.required", "dossier.approach.required", "dossier.objectives.required",
                "dossier.targetAudience.required", "dossier.steps.required", "dossier.contacts.required");
        assertThat(draft.progress()).containsExactly(new Progress(Section.PROJECT, 1, 4),
                new Progress(Section.HOLDER, 0, 5), new Progress(Section.APPROACH, 0, 4),
                new Progress(Section.CONTACTS, 0, 1));
        assertThat(draft.progress().get(0).getPercent()).isEqualTo(25);
    }

    @Test
    void blankLinesAndEmptyRowsAreNotItems() {
        DossierContent content = new DossierContent("T", "BP", "MTH", Arrays.asList(" ", null, "Point "), HOLDER, "A",
                Arrays.asList("  ", "Former ", null), "P", List.of(new Step(" ", "\t"), new Step(null, null)), null,
                null, List.of(new Contact(" ", null, "", null), CONTACT.get(0)));
        assertThat(content.keyPoints()).containsExactly("Point");
        assertThat(content.objectives()).containsExactly("Former");
        assertThat(content.contacts()).hasSize(1);
        assertThat(content.submissionProblems()).containsExactly("dossier.steps.required");
    }

    @Test
    void aStepNeedsOnlyATitleOrAText() {
        assertThat(new Step("Vote", null).isEmpty()).isFalse();
        assertThat(new Step(null, "Les habitants votent.").isEmpty()).isFalse();
    }

    @Test
    void oversizedFieldsAndUnknownCodesForbidEvenADraft() {
        Holder holder = new Holder("H", "XYZ", "a".repeat(201), "12345678901", "C", List.of("44", "100"), null);
        DossierContent content = new DossierContent("x".repeat(201), "ZZ", "ZZZ", Collections.nCopies(6, "point"),
                holder, "a".repeat(5001), List.of("o".repeat(1001)), "P", Collections.nCopies(21, new Step("É", null)),
                "o".repeat(5001), "r".repeat(5001), Collections.nCopies(4, CONTACT.get(0)));
        assertThat(content.draftProblems()).containsExactly("dossier.title.tooLong", "dossier.keyPoints.tooLong",
                "dossier.holderAddress.tooLong", "dossier.holderPostcode.tooLong", "dossier.approach.tooLong",
                "dossier.objectives.tooLong", "dossier.steps.tooLong", "dossier.otherActors.tooLong",
                "dossier.results.tooLong", "dossier.contacts.tooLong", "dossier.approachType.unknown",
                "dossier.theme.unknown", "dossier.holderType.unknown", "dossier.departments.unknown");
    }

    @Test
    void limitsAreInclusive() {
        Holder holder = new Holder("h".repeat(200), "AC", "a".repeat(200), "44000", "c".repeat(200),
                List.of("01", "2A", "2B", "44", "69", "75", "94", "95", "971", "988"), null);
        DossierContent content = new DossierContent("x".repeat(200), "AU", "SAN", Collections.nCopies(5, "p".repeat(300)),
                holder, "a".repeat(5000), List.of("o".repeat(1000)), "P",
                Collections.nCopies(20, new Step("t".repeat(200), "s".repeat(1000))), "o".repeat(5000),
                "r".repeat(5000), Collections.nCopies(3, CONTACT.get(0)));
        assertThat(content.submissionProblems()).isEmpty();
    }

    @Test
    void departmentsAreCodesOfTheOfficialListWrittenOnceInCapitals() {
        Holder holder = new Holder("H", "PV", null, "20000", "Ajaccio", List.of("2a", " 2A ", "974"), null);
        assertThat(holder.departments()).containsExactly("2A", "974");
        assertThat(Department.label("2A")).isEqualTo("2A — Corse-du-Sud");
        assertThat(Department.all()).extracting(Department::code).contains("01", "95", "976").doesNotContain("20")
                .hasSize(107);
        assertThat(withHolder(new Holder("H", "PV", null, "44000", "Nantes", List.of("Loire-Atlantique"), null))
                .draftProblems()).containsExactly("dossier.departments.unknown");
    }

    @Test
    void aWebsiteIsStoredAsALinkThatOpensAndOnlyAWebLinkIsSubmitted() {
        assertThat(HOLDER.website()).isEqualTo("https://www.saint-exemple.fr");
        assertThat(new Holder(null, null, null, null, null, null, "http://exemple.fr/a").website())
                .isEqualTo("http://exemple.fr/a");
        Holder script = new Holder("H", "PV", null, "44000", "Nantes", List.of("44"), "javascript:alert(1)");
        assertThat(script.website()).startsWith("https://");
        assertThat(withHolder(script).submissionProblems()).containsExactly("dossier.holderWebsite.invalid");
        assertThat(withHolder(new Holder("H", "PV", null, "44000", "Nantes", List.of("44"), "pas un site"))
                .submissionProblems()).containsExactly("dossier.holderWebsite.invalid");
    }

    @Test
    void aPostcodeIsFiveDigitsButADraftKeepsWhateverWasTyped() {
        DossierContent typo = withHolder(new Holder("H", "PV", null, "44 00", "Nantes", List.of("44"), null));
        assertThat(typo.draftProblems()).isEmpty();
        assertThat(typo.submissionProblems()).containsExactly("dossier.holderPostcode.invalid");
    }

    @Test
    void everyContactGivenCanBeReachedByMail() {
        assertThat(withContacts(List.of(CONTACT.get(0), new Contact("Sans adresse", null, null, "06 00 00 00 00")))
                .submissionProblems()).containsExactly("dossier.contacts.incomplete");
        assertThat(withContacts(List.of(new Contact("Dominique", null, "x,attacker@example.net", null)))
                .submissionProblems()).containsExactly("dossier.contacts.required", "dossier.contacts.incomplete");
    }

    @Test
    void controlCharactersAreRefusedInEveryPartOfTheForm() {
        assertThat(withContacts(List.of(new Contact("Cam\u0000ille", null, "c@exemple.fr", null))).draftProblems())
                .containsExactly("text.forbiddenCharacters");
        DossierContent c = complete();
        DossierContent stepText = new DossierContent(c.title(), c.approachType(), c.theme(), c.keyPoints(), c.holder(),
                c.approach(), c.objectives(), c.targetAudience(), List.of(new Step("Vote", "Deux\nlignes\u0007")),
                null, null, c.contacts());
        assertThat(stepText.draftProblems()).containsExactly("text.forbiddenCharacters");
    }
}
