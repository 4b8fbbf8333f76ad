package fr.deciderensemble.trophees.contributors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.contributors.EditionOrganisation.Kind;
import fr.deciderensemble.trophees.platform.TextLimits;

class ContributorEntryTest {

    @Test
    void anOrganisationNeedsAKindAndAName() {
        assertThat(new OrganisationEntry(Kind.PARTNER, " Ademe ", null).problems()).isEmpty();
        assertThat(new OrganisationEntry(Kind.PARTNER, " Ademe ", " ").name()).isEqualTo("Ademe");
        assertThat(new OrganisationEntry(null, "  ", null).problems())
                .containsExactly("organisation.kind.required", "organisation.name.invalid");
    }

    @Test
    void anOrganisationHasTheImportsLimits() {
        assertThat(new OrganisationEntry(Kind.ORGANISER, "n".repeat(TextLimits.SHORT + 1),
                "d".repeat(TextLimits.LONG + 1)).problems())
                .containsExactly("organisation.name.invalid", "organisation.description.tooLong");
        assertThat(new OrganisationEntry(Kind.ORGANISER, "n".repeat(TextLimits.SHORT),
                "d".repeat(TextLimits.LONG)).problems()).isEmpty();
    }

    @Test
    void aJuryMemberNeedsAName() {
        assertThat(new JuryEntry("Chantal Jouanno", true, null, null, "Présidente de la CNDP").problems()).isEmpty();
        assertThat(new JuryEntry(" ", false, "Maire", null, null).problems()).containsExactly("juryMember.name.invalid");
    }

    @Test
    void aJuryMemberHasTheImportsLimits() {
        assertThat(new JuryEntry("Marc", false, "p".repeat(TextLimits.SHORT + 1), null,
                "b".repeat(TextLimits.LONG + 1)).problems())
                .containsExactly("juryMember.short.tooLong", "juryMember.biography.tooLong");
        assertThat(new JuryEntry("Marc", false, null, "o".repeat(TextLimits.SHORT + 1), null).problems())
                .containsExactly("juryMember.short.tooLong");
    }
}
