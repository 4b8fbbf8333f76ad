package fr.deciderensemble.trophees.jury;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.account.Role;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.EditionProcess;
import fr.deciderensemble.trophees.edition.Editions;
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

    @Inject
    private Editions editions;

    @Inject
    private EditionProcess process;

    @Inject
    private Dossiers dossiers;

    @Inject
    private Accounts accounts;

    @Inject
    private Jury jury;

    public EditionBoard edition(long editionId) {
        Edition edition = editions.find(editionId);
        Map<Long, List<Assignment>> assignments = byDossier(edition);
        List<EditionBoard.Row> rows = dossiers.submitted(edition).stream()
                .map(dossier -> new EditionBoard.Row(dossier, assignments.getOrDefault(dossier.getId(), List.of())))
                .toList();
        return new EditionBoard(edition, process.waitingFor(edition), rows, accounts.withRole(Role.JUROR));
    }

    /** The deliberation under way, if one is. */
    public Optional<Deliberation> deliberation() {
        return editions.deliberating().map(edition -> {
            Map<Long, List<Assignment>> proposals = byDossier(edition);
            Map<Long, Decision> decisions = jury.decisions(edition);
            List<Deliberation.Row> rows = dossiers.admissible(edition).stream()
                    .map(dossier -> new Deliberation.Row(dossier,
                            proposals.getOrDefault(dossier.getId(), List.of()), verdict(decisions.get(dossier.getId()))))
                    .toList();
            return new Deliberation(edition, rows);
        });
    }

    private Map<Long, List<Assignment>> byDossier(Edition edition) {
        return jury.assignmentsOf(edition).stream().collect(Collectors.groupingBy(assignment -> assignment.getDossier().getId()));
    }

    private static Verdict verdict(Decision decision) {
        return decision == null ? null : decision.verdict();
    }
}
