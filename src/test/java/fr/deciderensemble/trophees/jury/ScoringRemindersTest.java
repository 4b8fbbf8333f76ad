package fr.deciderensemble.trophees.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.notification.Recipient;

class ScoringRemindersTest {

    private static final Instant DUE = Instant.parse("2026-05-24T22:00:00Z");

    @Test
    void aReminderRunOnTimeOrALittleLateIsSent() {
        assertThat(ScoringReminders.tooLate(DUE, DUE)).isFalse();
        assertThat(ScoringReminders.tooLate(DUE, DUE.plus(Duration.ofHours(11)))).isFalse();
    }

    @Test
    void aReminderWhoseDatePassedLongBeforeItRanIsNotSent() {
        assertThat(ScoringReminders.tooLate(DUE, DUE.plus(Duration.ofHours(13)))).isTrue();
    }

    @Test
    void onlyJurorsWithUnsentSheetsAreRemindedOfThoseSheetsOnly() {
        List<ScoringReminders.Reminder> reminders = ScoringReminders.reminders(List.of(
                new ScoringReminders.Sheet(1, new Recipient("jure1@exemple.org", Locale.FRENCH), "Juré 1", "Budget participatif", true),
                new ScoringReminders.Sheet(2, new Recipient("jure2@exemple.org", Locale.FRENCH), "Juré 2", "Budget participatif", false),
                new ScoringReminders.Sheet(1, new Recipient("jure1@exemple.org", Locale.FRENCH), "Juré 1", "Conseil de quartier", true),
                new ScoringReminders.Sheet(2, new Recipient("jure2@exemple.org", Locale.FRENCH), "Juré 2", "Conseil de quartier", true),
                new ScoringReminders.Sheet(2, new Recipient("jure2@exemple.org", Locale.FRENCH), "Juré 2", "Jardin partagé", false)));
        assertThat(reminders).as("Juré 1 has sent everything: no mail")
                .containsExactly(new ScoringReminders.Reminder(new Recipient("jure2@exemple.org", Locale.FRENCH), "Juré 2",
                        List.of("Budget participatif", "Jardin partagé")));
    }
}
