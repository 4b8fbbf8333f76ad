package fr.deciderensemble.trophees.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
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
                new Sheet(13, SEVERE, 1.25, 0), new Sheet(14, SEVERE, 1.75, 1),
                new Sheet(20, GENEROUS, 3.0, 3), new Sheet(21, GENEROUS, 3.5, 4), new Sheet(22, GENEROUS, 4.0, 4),
                new Sheet(23, GENEROUS, 3.25, 3), new Sheet(24, GENEROUS, 3.75, 4)));
        assertThat(dossiers.get(20L).rawMean()).isGreaterThan(dossiers.get(10L).rawMean());
        assertThat(dossiers.get(10L).calibratedMean()).as("the severe juror's best, calibrated")
                .isGreaterThan(dossiers.get(20L).calibratedMean());
    }

    @Test
    void theCalibratedMeanReadsOnTheJurysScale() {
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < Calibration.CALIBRATED_FROM; i++) {
            sheets.add(new Sheet(10 + i, SEVERE, 1.0 + 0.5 * i, 1));
            sheets.add(new Sheet(10 + i, GENEROUS, 2.0 + 0.5 * i, 2));
        }
        Map<Long, Consolidated> dossiers = Calibration.consolidate(sheets);
        // Both jurors put dossier 14 one over sqrt 0.5 of their deviations above their mean; the jury's scores have
        // mean 2.5 and deviation sqrt 0.75 (0.5 within a juror, 0.25 between the two).
        double z = 1.0 / Math.sqrt(0.5);
        assertThat(dossiers.get(14L).calibratedMean()).isCloseTo(2.5 + z * Math.sqrt(0.75), within(1e-9));
        assertThat(dossiers.get(10L).calibratedMean()).isCloseTo(2.5 - z * Math.sqrt(0.75), within(1e-9));
        assertThat(dossiers.get(14L).rawMean()).isEqualTo(3.5);
        assertThat(dossiers.get(14L).spread()).isEqualTo(1.0);
        assertThat(dossiers.get(14L).sheets()).isEqualTo(2);
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
    void aJurorWithTooFewSheetsOrOneScoreEverywhereCountsAsScored() {
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < Calibration.CALIBRATED_FROM; i++) {
            sheets.add(new Sheet(20 + i, GENEROUS, 2.0, 2));
        }
        sheets.add(new Sheet(10, SEVERE, 3.3, 3));
        Map<Long, Consolidated> dossiers = Calibration.consolidate(sheets);
        assertThat(dossiers.get(10L).calibratedMean()).as("one sheet: neither erased nor inverted").isCloseTo(3.3,
                within(1e-9));
        assertThat(dossiers.get(20L).calibratedMean()).as("one score everywhere").isCloseTo(2.0, within(1e-9));
    }

    @Test
    void aCalibratedJurorAndAnUncalibratedOneMeetOnTheJurysScale() {
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < Calibration.CALIBRATED_FROM; i++) {
            sheets.add(new Sheet(10 + i, GENEROUS, 2.0 + 0.5 * i, 2));
        }
        sheets.add(new Sheet(12, SEVERE, 3.5, 3));
        Map<Long, Consolidated> dossiers = Calibration.consolidate(sheets);
        // The generous juror's median dossier sits at their own mean (z 0); the lone sheet counts as given, its
        // distance to the jury's mean halved by the average of the two.
        double juryMean = (2.0 + 2.5 + 3.0 + 3.5 + 4.0 + 3.5) / 6;
        assertThat(dossiers.get(12L).calibratedMean()).isCloseTo(juryMean + (3.5 - juryMean) / 2, within(1e-9));
        assertThat(dossiers.get(12L).rawMean()).isEqualTo(3.25);
    }
}
