package fr.deciderensemble.trophees.jury;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.account.Role;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Waiting;

/**
 * What the staff's edition page shows: the edition, what its process waits for, its dossiers with their jurors
 * and conflicts, the jurors one may assign, the jury's members (jurors and president) one may record a conflict
 * for, the conflicts the application suspects, the score sheet's criteria, and every version of the minutes.
 */
public record EditionBoard(Edition edition, Waiting waiting, List<Row> rows, List<Account> jurors,
        List<Account> members, List<Conflicts.Suggestion> suggestions, List<ScoreSheets.Line> criteria,
        boolean criteriaFrozen, List<SignedMinutes> minutes) {

    public EditionBoard {
        rows = List.copyOf(rows);
        jurors = List.copyOf(jurors);
        members = List.copyOf(members);
        suggestions = List.copyOf(suggestions);
        criteria = List.copyOf(criteria);
        minutes = List.copyOf(minutes);
    }

    /** Each juror's sheets sent out of the dossiers they hold, by name: who the scoring waits for. */
    public List<Progress> progress() {
        Map<Long, List<Assignment>> byJuror = rows.stream().flatMap(row -> row.assignments().stream())
                .collect(Collectors.groupingBy(assignment -> assignment.getJuror().getId()));
        return byJuror.values().stream()
                .map(own -> new Progress(own.get(0).getJuror().getDisplayName(),
                        (int) own.stream().filter(Assignment::isProposed).count(), own.size()))
                .sorted(Comparator.comparing(Progress::juror)).toList();
    }

    /** How many sheets are assigned and not sent yet: what closing the scoring would leave out. */
    public long unsentSheets() {
        return rows.stream().flatMap(row -> row.assignments().stream()).filter(assignment -> !assignment.isProposed())
                .count();
    }

    /** How far one juror has got. */
    public record Progress(String juror, int sent, int assigned) {
    }

    /**
     * One submitted dossier, the jurors it is assigned to with their proposals, who may not judge it, and the juror
     * named to decide it if the president may not (null otherwise).
     */
    public record Row(Dossier dossier, List<Assignment> assignments, List<Conflict> conflicts, Deputy deputy) {

        public Row {
            assignments = List.copyOf(assignments);
            conflicts = List.copyOf(conflicts);
        }

        /** Whether the president has a conflict with this dossier, which then needs a deputy to decide it. */
        public boolean presidentConflicted() {
            return conflicts.stream().anyMatch(conflict -> conflict.getJuror().getRole() == Role.JURY_PRESIDENT);
        }
    }
}
