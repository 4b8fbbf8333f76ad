package fr.deciderensemble.trophees.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class EditionDatesTest {

    private static final OffsetDateTime OPENING = OffsetDateTime.of(2026, 1, 15, 9, 0, 0, 0, ZoneOffset.ofHours(1));

    @Test
    void datesInTheirOrderAreAccepted() {
        assertThat(new EditionDates(OPENING, OPENING.plusMonths(3), OPENING.plusMonths(6), OPENING.plusMonths(11))
                .problems()).isEmpty();
    }

    @Test
    void aDeadlineBeforeTheOpeningIsRefused() {
        assertThat(new EditionDates(OPENING, OPENING.minusDays(1), OPENING.plusMonths(6), OPENING.plusMonths(11))
                .problems()).containsExactly("edition.dates.deadlineBeforeOpening");
    }

    @Test
    void eachDateMustFollowThePreviousOne() {
        assertThat(new EditionDates(OPENING, OPENING.plusMonths(3), OPENING.plusMonths(3), OPENING.plusMonths(2))
                .problems()).containsExactly("edition.dates.scoringBeforeDeadline", "edition.dates.ceremonyBeforeScoring");
    }

    @Test
    void everyDateIsRequired() {
        assertThat(new EditionDates(OPENING, null, OPENING, OPENING).problems()).containsExactly("edition.dates.missing");
    }

    @Test
    void submissionsAreAcceptedOnlyBeforeTheDeadlineOfAnOpenCall() {
        Edition edition = new Edition(2026, new EditionDates(OPENING, OPENING.plusMonths(3), OPENING.plusMonths(6),
                OPENING.plusMonths(11)));
        assertThat(edition.acceptsSubmissions(OPENING.plusDays(1))).as("call not opened yet").isFalse();
        edition.enter(EditionPhase.SUBMISSION);
        assertThat(edition.acceptsSubmissions(OPENING.plusMonths(3).minusSeconds(1))).isTrue();
        assertThat(edition.acceptsSubmissions(OPENING.plusMonths(3))).as("at the deadline, it is too late").isFalse();
        assertThat(edition.getNumber()).as("2016 was the first edition").isEqualTo(11);
    }
}
