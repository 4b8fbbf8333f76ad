package fr.deciderensemble.trophees.jury;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.account.Role;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.EditionProcess;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The read models of the staff's edition page and the president's deliberation page. Each is read in a fixed
 * number of queries, whatever the number of dossiers and jurors: pages walk these, never lazy associations.
 */
@ApplicationScoped
@Transactional
public class Boards {

    private static final Comparator<Deliberation.Row> BY_CALIBRATED_MEAN = Comparator.comparing(
            (Deliberation.Row row) -> row.consolidated() == null ? null : row.consolidated().calibratedMean(),
            Comparator.nullsLast(Comparator.reverseOrder()));

    @Inject
    private Editions editions;

    @Inject
    private EditionProcess process;

    @Inject
    private Dossiers dossiers;

    @Inject
    private Jurors jurors;

    @Inject
    private Jury jury;

    @Inject
    private Conflicts conflicts;

    @Inject
    private ScoreSheets scoreSheets;

    @Inject
    private MinutesBook minutesBook;

    public EditionBoard edition(long editionId) {
        MinutesBook.Register register = minutesBook.register(editionId);
        Edition edition = register.edition();
        List<Assignment> all = jury.assignmentsOf(edition);
        Map<Long, List<Assignment>> assignments = byDossier(all);
        Conflicts.Recorded recorded = conflicts.recorded(edition);
        List<Conflict> known = recorded.conflicts();
        Map<Long, List<Conflict>> conflicted = known.stream()
                .collect(Collectors.groupingBy(conflict -> conflict.getDossier().getId()));
        Map<Long, Deputy> deputies = recorded.deputies();
        Map<Dossier, List<String>> addresses = dossiers.submittedWithAddresses(edition);
        List<Dossier> submitted = List.copyOf(addresses.keySet());
        List<EditionBoard.Row> rows = submitted.stream()
                .map(dossier -> new EditionBoard.Row(dossier, assignments.getOrDefault(dossier.getId(), List.of()),
                        conflicted.getOrDefault(dossier.getId(), List.of()), deputies.get(dossier.getId())))
                .toList();
        List<JurorProfile> jury = jurors.of(edition);
        List<Account> members = jury.stream().map(JurorProfile::account).toList();
        return new EditionBoard(edition, process.waitingFor(edition), rows,
                members.stream().filter(member -> member.getRole() == Role.JUROR).toList(), members,
                conflicts.likely(addresses, known, jury), scoreSheets.grid(edition),
                // A submitted sheet freezes the criteria (ScoreSheets.frozen): the assignments at hand tell.
                all.stream().anyMatch(Assignment::isProposed), register.minutes());
    }

    /**
     * The deliberation under way as its reader may see it, if one is. A juror reaches it only as a deputy: to any
     * other, the page is forbidden, as it always was to jurors.
     */
    public Optional<Deliberation> deliberation(Account reader) {
        boolean presiding = reader.getRole() == Role.JURY_PRESIDENT;
        Optional<Deliberation> deliberation = editions.deliberating().map(edition -> {
            Set<Long> conflicted = conflicts.of(edition).stream()
                    .filter(conflict -> conflict.getJuror().getId().equals(reader.getId()))
                    .map(conflict -> conflict.getDossier().getId()).collect(Collectors.toSet());
            Map<Long, Deputy> deputies = presiding ? Map.of() : conflicts.deputies(edition);
            Predicate<Dossier> decides = dossier -> Conflicts.decides(reader, conflicted.contains(dossier.getId()),
                    deputies.get(dossier.getId()));
            List<Assignment> all = jury.assignmentsOf(edition);
            Map<Long, List<Assignment>> proposals = byDossier(all);
            // The sheets' ratings, read while the transaction lasts: in batches, never one query per row.
            all.stream().filter(Assignment::isProposed).forEach(assignment -> assignment.getRatings().size());
            Map<Long, Calibration.Consolidated> consolidated = Calibration.consolidate(all.stream()
                    .filter(Assignment::isProposed).map(Boards::sheet).toList());
            Map<Long, Decision> decisions = jury.decisions(edition);
            List<Dossier> admissible = dossiers.admissible(edition);
            List<Deliberation.Row> rows = admissible.stream().filter(decides)
                    .map(dossier -> new Deliberation.Row(dossier, proposals.getOrDefault(dossier.getId(), List.of()),
                            consolidated.get(dossier.getId()), verdict(decisions.get(dossier.getId()))))
                    .sorted(BY_CALIBRATED_MEAN).toList();
            return new Deliberation(edition, rows, presiding, presiding ? admissible.size() - rows.size() : 0,
                    scoreSheets.criteria(edition), minutesBook.of(edition).stream().findFirst().filter(SignedMinutes::isVoided).orElse(null));
        });
        if (!presiding && deliberation.map(Deliberation::rows).map(List::isEmpty).orElse(true)) {
            throw new Refusal(403, "error.forbidden");
        }
        return deliberation;
    }

    private static Map<Long, List<Assignment>> byDossier(List<Assignment> assignments) {
        return assignments.stream().collect(Collectors.groupingBy(assignment -> assignment.getDossier().getId()));
    }

    /** A submitted sheet as calibration reads it; a proposal made before sheets existed counts its stars. */
    private static Calibration.Sheet sheet(Assignment assignment) {
        double score = assignment.getWeightedScore() == null ? assignment.getProposedStars()
                : assignment.getWeightedScore();
        return new Calibration.Sheet(assignment.getDossier().getId(), assignment.getJuror().getId(), score,
                assignment.getProposedStars());
    }

    private static Verdict verdict(Decision decision) {
        return decision == null ? null : decision.verdict();
    }
}
