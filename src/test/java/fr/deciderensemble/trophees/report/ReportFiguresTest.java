package fr.deciderensemble.trophees.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.report.AnnualReport.JurorActivity;
import fr.deciderensemble.trophees.report.AnnualReport.SubmissionDay;

class ReportFiguresTest {

    @Test
    void countsTheDossiersOfTheLastTwoDaysEvenWhenQuietDaysAreMissing() {
        List<SubmissionDay> days = List.of(new SubmissionDay(LocalDate.of(2020, 9, 20), 4),
                new SubmissionDay(LocalDate.of(2020, 10, 2), 10), new SubmissionDay(LocalDate.of(2020, 10, 8), 25),
                new SubmissionDay(LocalDate.of(2020, 10, 9), 52));

        assertThat(ReportFigures.inLastDays(days)).hasValue(42);
        assertThat(ReportFigures.inLastDays(List.of())).isEmpty();
    }

    @Test
    void roundsCompletionToWholePercentsAndHasNoneWithoutAssignedDossiers() {
        assertThat(new JurorActivity("A", 3, 2).completionPercent()).hasValue(67);
        assertThat(new JurorActivity("B", 0, 0).completionPercent()).isEmpty();
        assertThat(ReportFigures.juryCompletionPercent(
                List.of(new JurorActivity("A", 3, 2), new JurorActivity("B", 1, 1)))).hasValue(75);
    }

    @Test
    void namesTheEditionInFrench() {
        AnnualReport report = ReportFixtures.edition2020();

        assertThat(ReportFigures.subtitle(report))
                .isEqualTo("5e édition des Trophées de la participation et de la concertation");
        assertThat(ReportFigures.title(report)).isEqualTo("Bilan annuel 2020");
    }
}
