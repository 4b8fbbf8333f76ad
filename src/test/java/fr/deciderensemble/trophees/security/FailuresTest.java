package fr.deciderensemble.trophees.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FailuresTest {

    private static final Instant NOW = Instant.parse("2026-12-01T18:00:00Z");

    @Test
    void theFirstFailuresCostNoWait() {
        Failures failures = Failures.NONE;
        for (int i = 0; i < 5; i++) {
            failures = failures.failed(NOW, 5);
        }
        assertThat(failures.count()).isEqualTo(5);
        assertThat(failures.waitAt(NOW)).isZero();
    }

    @Test
    void eachLaterFailureDoublesTheWaitUpToFifteenMinutes() {
        Failures failures = Failures.NONE;
        for (int i = 0; i < 5; i++) {
            failures = failures.failed(NOW, 5);
        }
        assertThat((failures = failures.failed(NOW, 5)).waitAt(NOW)).isEqualTo(Duration.ofSeconds(1));
        assertThat((failures = failures.failed(NOW, 5)).waitAt(NOW)).isEqualTo(Duration.ofSeconds(2));
        assertThat((failures = failures.failed(NOW, 5)).waitAt(NOW)).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 100; i++) {
            failures = failures.failed(NOW, 5);
        }
        assertThat(failures.waitAt(NOW)).isEqualTo(Duration.ofMinutes(15));
        assertThat(failures.waitAt(NOW.plus(Duration.ofMinutes(15)))).isZero();
    }

    @Test
    void theStoredTextReadsBackTheSame() {
        Failures failures = Failures.NONE.failed(NOW, 0).failed(NOW, 0);
        assertThat(Failures.parse(failures.stored())).isEqualTo(failures);
        assertThat(Failures.parse(null)).isEqualTo(Failures.NONE);
    }
}
