package fr.deciderensemble.trophees.jury;

import java.util.List;

import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.edition.Edition;

/** What the president's page shows: each admissible dossier with the jurors' proposals and the decision so far. */
public record Deliberation(Edition edition, List<Row> rows) {

    public Deliberation {
        rows = List.copyOf(rows);
    }

    /** One dossier; its verdict is null while undecided. */
    public record Row(Dossier dossier, List<Assignment> proposals, Verdict verdict) {

        public Row {
            proposals = List.copyOf(proposals);
        }
    }
}
