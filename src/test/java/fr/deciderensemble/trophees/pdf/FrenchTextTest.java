package fr.deciderensemble.trophees.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchTextTest {

    @Test
    void highPunctuationAndQuotesGetANoBreakSpaceOnlyWhereTheWriterPutASpace() {
        assertThat(FrenchText.typeset("Parlons ! Pourquoi ? Ainsi : oui ; « bien »"))
                .isEqualTo("Parlons\u202F! Pourquoi\u202F? Ainsi\u202F: oui\u202F; «\u00A0bien\u00A0»");
        assertThat(FrenchText.typeset("http://exemple.fr à 16:30")).isEqualTo("http://exemple.fr à 16:30");
    }

    @Test
    void thousandsStayTogetherAndApostrophesAreTypographic() {
        assertThat(FrenchText.typeset("l'édition a coûté 130 000 € en 2020 2021"))
                .isEqualTo("l’édition a coûté 130\u202F000 € en 2020 2021");
    }

    @Test
    void upperCaseNamesGetACapitalisedGivenName() {
        assertThat(FrenchText.personName("CHANTAL JOUANNO")).isEqualTo("Chantal JOUANNO");
        assertThat(FrenchText.personName("JEAN-PIERRE DUPONT")).isEqualTo("Jean-Pierre DUPONT");
        assertThat(FrenchText.personName("ÉLODIE BÉZARD")).isEqualTo("Élodie BÉZARD");
        assertThat(FrenchText.personName("Antoine Bézard")).isEqualTo("Antoine Bézard");
        assertThat(FrenchText.personName("CNDP")).isEqualTo("CNDP");
    }
}
