package fr.deciderensemble.trophees.edition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JurySettingsTest {

    @Test
    void theDefaultsAreTheProgrammesUsualOnes() {
        assertThat(JurySettings.DEFAULTS).isEqualTo(new JurySettings(3, 7, 2));
        assertThat(JurySettings.DEFAULTS.problems()).isEmpty();
    }

    @Test
    void eachBadValueIsToldOnce() {
        assertThat(new JurySettings(0, 7, 2).problems()).containsExactly("edition.jury.perDossier");
        assertThat(new JurySettings(13, 7, 2).problems()).containsExactly("edition.jury.perDossier");
        assertThat(new JurySettings(3, 0, 2).problems()).containsExactly("edition.jury.reminderDays");
        assertThat(new JurySettings(3, 61, 2).problems()).containsExactly("edition.jury.reminderDays");
        assertThat(new JurySettings(3, 2, 2).problems()).as("the first reminder comes first")
                .containsExactly("edition.jury.reminderOrder");
        assertThat(new JurySettings(0, 2, 7).problems())
                .containsExactly("edition.jury.perDossier", "edition.jury.reminderOrder");
        assertThat(new JurySettings(12, 60, 1).problems()).isEmpty();
    }
}
