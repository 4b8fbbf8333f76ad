package fr.deciderensemble.trophees.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void blanksAroundAreDroppedAndNothingButBlanksIsNothing() {
        assertThat(Text.normalise("  Budget participatif \n\n")).isEqualTo("Budget participatif");
        assertThat(Text.normalise(" \t\r\n ")).isNull();
        assertThat(Text.normalise(null)).isNull();
    }

    @Test
    void lineEndingsBecomeOneLineFeedSoThatLengthsAreThoseStored() {
        String typed = "Première ligne\r\nDeuxième\rTroisième";
        assertThat(Text.normalise(typed)).isEqualTo("Première ligne\nDeuxième\nTroisième");
    }

    @Test
    void decomposedAccentsAreComposed() {
        String decomposed = "Re\u0301union";
        assertThat(Text.normalise(decomposed)).isEqualTo("Réunion").hasSize(7);
    }

    @Test
    void aTextThatFitsOnceNormalisedFitsItsColumn() {
        String typed = "x".repeat(200) + "   \r\n";
        assertThat(Text.tooLong(Text.normalise(typed), 200)).isFalse();
        assertThat(Text.tooLong("x".repeat(201), 200)).isTrue();
    }

    @Test
    void nulAndControlCharactersAreForbiddenLineBreaksOnlyWhereTheFieldHasLines() {
        assertThat(Text.hasForbiddenCharacters("Mairie\u0000", true)).isTrue();
        assertThat(Text.hasForbiddenCharacters("bell\u0007", true)).isTrue();
        assertThat(Text.hasForbiddenCharacters("C1\u0085", true)).isTrue();
        assertThat(Text.hasForbiddenCharacters("deux\nlignes\tet tab", true)).isFalse();
        assertThat(Text.hasForbiddenCharacters("deux\nlignes", false)).isTrue();
        assertThat(Text.hasForbiddenCharacters("Démo-sur-Loire « 2027 » — 🎉", false)).isFalse();
        assertThat(Text.hasForbiddenCharacters(null, false)).isFalse();
    }
}
