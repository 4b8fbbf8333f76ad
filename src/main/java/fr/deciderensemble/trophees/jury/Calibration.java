package fr.deciderensemble.trophees.jury;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The jury's sheets read together. A juror who scores everything high, or everything low, says less than their
 * numbers: each juror's weighted scores are turned into z-scores (how far above or below their own mean, in their own
 * standard deviations), averaged per dossier, and put back on the 1–4 scale with the whole jury's mean and deviation,
 * so that the calibrated mean reads like a score. A juror with too few sheets, or the same score everywhere, says
 * nothing about how they score: their scores are read on the jury's own scale, as given.
 */
public final class Calibration {

    /** Proposals this many stars apart, or more, flag a dossier for the deliberation to discuss. */
    public static final int DISAGREEMENT = 2;

    /**
     * Sheets a juror must have sent for their own mean and deviation to say how they score. With fewer, or with one
     * score everywhere, their scores count as given: calibrating one or two sheets would erase or invert an opinion.
     */
    public static final int CALIBRATED_FROM = 5;

    private Calibration() {
    }

    /** One submitted sheet: its weighted score (or, for a proposal made before sheets, its stars) and its stars. */
    public record Sheet(long dossier, long juror, double score, int stars) {
    }

    /** A dossier's sheets together: raw mean, calibrated mean, spread (highest minus lowest score), and the flag. */
    public record Consolidated(int sheets, double rawMean, double calibratedMean, double spread,
            boolean disagreement) {
    }

    public static Map<Long, Consolidated> consolidate(Collection<Sheet> sheets) {
        Statistics jury = Statistics.of(List.copyOf(sheets));
        // The scale each juror's scores are read on: their own where it says how they score, else the jury's.
        Map<Long, Statistics> scaleOf = sheets.stream().collect(Collectors.groupingBy(Sheet::juror, HashMap::new,
                Collectors.collectingAndThen(Collectors.toList(), Statistics::of)));
        scaleOf.replaceAll((juror, own) -> own.tellsHowTheyScore() ? own : jury);
        Map<Long, List<Sheet>> byDossier = sheets.stream().collect(Collectors.groupingBy(Sheet::dossier));
        Map<Long, Consolidated> consolidated = new HashMap<>();
        byDossier.forEach((dossier, own) -> {
            double raw = own.stream().mapToDouble(Sheet::score).average().orElseThrow();
            double z = own.stream().mapToDouble(sheet -> scaleOf.get(sheet.juror()).z(sheet.score())).average()
                    .orElseThrow();
            double spread = own.stream().mapToDouble(Sheet::score).max().orElseThrow()
                    - own.stream().mapToDouble(Sheet::score).min().orElseThrow();
            int starsApart = own.stream().mapToInt(Sheet::stars).max().orElseThrow()
                    - own.stream().mapToInt(Sheet::stars).min().orElseThrow();
            consolidated.put(dossier, new Consolidated(own.size(), raw, jury.mean() + z * jury.deviation(), spread,
                    starsApart >= DISAGREEMENT));
        });
        return consolidated;
    }

    /** Count, mean and standard deviation of some sheets' scores. */
    private record Statistics(int count, double mean, double deviation) {

        static Statistics of(List<Sheet> sheets) {
            double mean = sheets.stream().mapToDouble(Sheet::score).average().orElse(0);
            double variance = sheets.stream().mapToDouble(sheet -> (sheet.score() - mean) * (sheet.score() - mean))
                    .average().orElse(0);
            return new Statistics(sheets.size(), mean, Math.sqrt(variance));
        }

        boolean tellsHowTheyScore() {
            return count >= CALIBRATED_FROM && deviation >= 1e-9;
        }

        double z(double score) {
            return deviation < 1e-9 ? 0 : (score - mean) / deviation;
        }
    }
}
