package fr.deciderensemble.trophees.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.jury.Calibration.Consolidated;
import fr.deciderensemble.trophees.jury.Calibration.Sheet;

class CalibrationTest {

    private static final long SEVERE = 1;
    private static final long GENEROUS = 2;

    @Test
    void aSevereJurorsBestDossierOutranksAGenerousJurorsWorst() {
        Map<Long, Consolidated> dossiers = Calibration.consolidate(List.of(
                new Sheet(10, SEVERE, 2.0, 2), new Sheet(11, SEVERE, 1.0, 0), new Sheet(12, SEVERE, 1.5, 1),
                new Sheet(20, GENEROUS, 3.0, 3), new Sheet(21, GENEROUS, 3.5, 4), new Sheet(22, GENEROUS, 4.0, 4)));
        assertThat(dossiers.get(20L).rawMean()).isGreaterThan(dossiers.get(10L).rawMean());
        assertThat(dossiers.get(10L).calibratedMean()).as("the severe juror's best, calibrated")
                .isGreaterThan(dossiers.get(20L).calibratedMean());
    }

    @Test
    void theCalibratedMeanReadsOnTheJurysScale() {
        Map<Long, Consolidated> dossiers = Calibration.consolidate(List.of(
                new Sheet(10, SEVERE, 1.0, 0), new Sheet(11, SEVERE, 2.0, 2),
                new Sheet(10, GENEROUS, 3.0, 3), new Sheet(11, GENEROUS, 4.0, 4)));
        // Both jurors rank 11 one deviation above 10: the jury's mean (2.5) plus or minus its deviation (1.118).
        assertThat(dossiers.get(11L).calibratedMean()).isCloseTo(2.5 + Math.sqrt(1.25), within(1e-9));
        assertThat(dossiers.get(10L).calibratedMean()).isCloseTo(2.5 - Math.sqrt(1.25), within(1e-9));
        assertThat(dossiers.get(11L).rawMean()).isEqualTo(3.0);
        assertThat(dossiers.get(11L).spread()).isEqualTo(2.0);
        assertThat(dossiers.get(11L).sheets()).isEqualTo(2);
    }

    @Test
    void proposalsTwoStarsApartFlagADisagreement() {
        Map<Long, Consolidated> dossiers = Calibration.consolidate(List.of(
                new Sheet(10, SEVERE, 2.0, 2), new Sheet(10, GENEROUS, 3.6, 4),
                new Sheet(11, SEVERE, 2.0, 2), new Sheet(11, GENEROUS, 3.0, 3)));
        assertThat(dossiers.get(10L).disagreement()).isTrue();
        assertThat(dossiers.get(11L).disagreement()).isFalse();
    }

    @Test
    void aJurorWithOneSheetOrOneScoreEverywhereTellsNothingRelative() {
        Map<Long, Consolidated> dossiers = Calibration.consolidate(List.of(
                new Sheet(10, SEVERE, 3.0, 3), new Sheet(11, GENEROUS, 2.0, 2), new Sheet(12, GENEROUS, 2.0, 2)));
        double juryMean = 7.0 / 3;
        assertThat(dossiers.get(10L).calibratedMean()).isCloseTo(juryMean, within(1e-9));
        assertThat(dossiers.get(11L).calibratedMean()).isCloseTo(juryMean, within(1e-9));
    }
}
