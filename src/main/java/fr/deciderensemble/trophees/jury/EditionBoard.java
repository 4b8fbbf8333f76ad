package fr.deciderensemble.trophees.jury;

import java.util.List;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Waiting;

/** What the staff's edition page shows: the edition, what its process waits for, its dossiers and their jurors. */
public record EditionBoard(Edition edition, Waiting waiting, List<Row> rows, List<Account> jurors) {

    public EditionBoard {
        rows = List.copyOf(rows);
        jurors = List.copyOf(jurors);
    }

    /** One submitted dossier and the jurors it is assigned to, with their proposals. */
    public record Row(Dossier dossier, List<Assignment> assignments) {

        public Row {
            assignments = List.copyOf(assignments);
        }
    }
}
