package fr.deciderensemble.trophees.jury;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void aMentionOrAPrizeNeedsATitleAndStarsNeedNone() {
        assertThat(new Verdict(Recognition.SPECIAL_MENTION, "  ").untitled()).isTrue();
        assertThat(new Verdict(Recognition.JURY_PRIZE, null).untitled()).isTrue();
        assertThat(new Verdict(Recognition.JURY_PRIZE, "Prix du jury — tirage au sort").untitled()).isFalse();
        assertThat(new Verdict(Recognition.STARS_2, null).untitled()).isFalse();
        assertThat(Verdict.NOT_AWARDED.untitled()).isFalse();
        assertThat(Verdict.NOT_AWARDED.awarded()).isFalse();
    }

    @Test
    void theTitleIsKeptOnlyWhereTheRecognitionCarriesOneAndStoredTidy() {
        assertThat(new Verdict(Recognition.STARS_4, "Mention égarée").recognitionTitle())
                .as("stars print no title, whatever was left in the field").isNull();
        assertThat(new Verdict(Recognition.SPECIAL_MENTION, "  Mention spéciale du jury — inclusion des jeunes \n")
                .recognitionTitle()).isEqualTo("Mention spéciale du jury — inclusion des jeunes");
        assertThat(new Verdict(Recognition.SPECIAL_MENTION, "x".repeat(201)).titleTooLong()).isTrue();
        assertThat(new Verdict(Recognition.SPECIAL_MENTION, "x".repeat(200)).titleTooLong()).isFalse();
    }

    @Test
    void theMinutesNameAMentionOrAPrizeOnceWhateverTheWayItsTitleWasTyped() {
        assertThat(new Verdict(Recognition.SPECIAL_MENTION, "Mention spéciale du jury — inclusion des jeunes")
                .journalText()).isEqualTo("Mention spéciale du jury — inclusion des jeunes");
        assertThat(new Verdict(Recognition.JURY_PRIZE, "prix du jury : dialogue sur l’eau").journalText())
                .isEqualTo("prix du jury : dialogue sur l’eau");
        assertThat(new Verdict(Recognition.JURY_PRIZE, "dialogue sur l’eau").journalText())
                .isEqualTo("Prix du jury — dialogue sur l’eau");
        assertThat(new Verdict(Recognition.STARS_1, null).journalText()).isEqualTo("1 étoile");
        assertThat(Verdict.NOT_AWARDED.journalText()).isEqualTo("Non lauréat");
    }

    @Test
    void aRationaleIsKeptNormalisedAndWithinItsLimit() {
        assertThat(Verdict.NOT_AWARDED.because("  Démarche trop récente.\r\n").rationale()).isEqualTo("Démarche trop récente.");
        assertThat(new Verdict(Recognition.STARS_3, null).because("x".repeat(1001)).problem())
                .isEqualTo("jury.decision.rationaleTooLong");
        assertThat(new Verdict(Recognition.STARS_3, null).because("   ").rationale()).isNull();
    }

    @Test
    void aDecisionWithoutReasonOrWithBlankOneIsUnexplained() {
        assertThat(new Verdict(Recognition.STARS_3, null).unexplained()).isTrue();
        assertThat(Verdict.NOT_AWARDED.because(" \n ").unexplained()).isTrue();
        assertThat(Verdict.NOT_AWARDED.because("Démarche trop récente.").unexplained()).isFalse();
    }
}
