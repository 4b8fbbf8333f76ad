package fr.deciderensemble.trophees.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ParisTimeTest {

    @Test
    void theFirstOfTheMonthReadsAsAnOrdinalInFrenchOnly() {
        OffsetDateTime first = OffsetDateTime.parse("2026-12-01T08:00:00Z");

        assertThat(ParisTime.text(first)).isEqualTo("1er décembre 2026 à 09:00");
        assertThat(ParisTime.text(first.plusDays(1))).isEqualTo("2 décembre 2026 à 09:00");
        assertThat(ParisTime.text(first.plusDays(30), Locale.FRENCH)).isEqualTo("31 décembre 2026 à 09:00");
        assertThat(ParisTime.text(first, Locale.ENGLISH)).isEqualTo("1 December 2026 at 09:00");
    }

    @Test
    void theTimeIsParisTimeWhateverTheOffsetGiven() {
        assertThat(ParisTime.text(OffsetDateTime.parse("2027-02-01T23:30:00Z"))).isEqualTo("2 février 2027 à 00:30");
        assertThat(ParisTime.clock(OffsetDateTime.parse("2027-07-01T12:02:00Z"))).isEqualTo("14:02");
    }
}
