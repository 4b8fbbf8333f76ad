package fr.deciderensemble.trophees.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class AccountTokenTest {

    private static final OffsetDateTime ISSUED = OffsetDateTime.parse("2026-12-04T21:00:00+01:00");

    @Test
    void aMailedLinkWorksForOneHourAndNotASecondMore() {
        AccountToken link = new AccountToken(null, TokenPurpose.PASSWORD_RESET, "0".repeat(64), null, ISSUED);

        assertThat(link.holdsAt(ISSUED.plusMinutes(59))).isTrue();
        assertThat(link.holdsAt(ISSUED.plusHours(1))).isFalse();
        assertThat(link.holdsAt(ISSUED.plusDays(1))).isFalse();
    }

    @Test
    void anUnknownLanguageCodeFallsBackToFrench() {
        assertThat(Language.of("en").locale()).isEqualTo(Locale.ENGLISH);
        assertThat(Language.of("de")).isEqualTo(Language.FRENCH);
        assertThat(Language.of(null)).isEqualTo(Language.FRENCH);
    }
}
