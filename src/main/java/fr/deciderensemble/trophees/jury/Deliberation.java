package fr.deciderensemble.trophees.jury;

import java.util.List;

import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.edition.Edition;

/**
 * What the deliberation page shows its reader: the dossiers they decide, each with the jurors' proposals and the
 * decision so far. The president decides all but those they have a conflict with, of which they learn only the
 * number; a deputy decides only the dossiers staff named them for. Rows come by calibrated mean, highest first, the
 * dossiers without a submitted sheet last. When staff reopened a locked deliberation, the minutes they voided say
 * why.
 */
public record Deliberation(Edition edition, List<Row> rows, boolean presiding, int decidedByDeputies,
        List<Criterion> criteria, SignedMinutes voidedMinutes) {

    public Deliberation {
        rows = List.copyOf(rows);
        criteria = List.copyOf(criteria);
    }

    /**
     * One dossier, its sheets read together (null before any is submitted), and its verdict, null while
     * undecided.
     */
    public record Row(Dossier dossier, List<Assignment> proposals, Calibration.Consolidated consolidated,
            Verdict verdict) {

        public Row {
            proposals = List.copyOf(proposals);
        }

        public boolean flagged() {
            return consolidated != null && consolidated.disagreement();
        }
    }
}
