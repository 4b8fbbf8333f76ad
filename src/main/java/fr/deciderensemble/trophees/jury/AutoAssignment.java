package fr.deciderensemble.trophees.jury;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntBiFunction;
import java.util.stream.Collectors;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.account.Role;
import fr.deciderensemble.trophees.audit.Action;
import fr.deciderensemble.trophees.audit.AuditLog;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.JurySettings;
import fr.deciderensemble.trophees.edition.EditionProcess;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Staff's automatic assignment: a preview of what {@link BalancedAssignment} would add to the choices already made,
 * then that very plan applied: the plan depends only on the data, and if it changed since the preview (a choice
 * by hand, a conflict, a dossier admitted), applying is refused rather than doing something staff did not see.
 * Each juror given new dossiers gets one mail listing all theirs.
 */
@ApplicationScoped
@Transactional
public class AutoAssignment {

    @PersistenceContext
    private EntityManager em;

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
    private AuditLog audit;

    /** What applying would add, and what it cannot do; nothing is stored. */
    public Preview preview(long editionId, int perDossier) {
        return plan(editions.find(editionId), perDossier);
    }

    /**
     * Applies the plan staff previewed, its additions given back as they saw them, and mails the jurors it gives
     * dossiers to; returns how many assignments were added.
     */
    public int apply(long editionId, int perDossier, List<BalancedAssignment.Pair> previewed) {
        Edition edition = editions.find(editionId);
        if (!process.waitingFor(edition).forAssignments()) {
            throw new Refusal(409, "jury.assignment.closed");
        }
        // The edition's dossiers are locked while the plan is made and stored: a conflict or a choice by hand recorded
        // meanwhile waits for it (Conflicts.store and Jury.assign lock the dossier), or is seen by it.
        em.createQuery("select d from Dossier d where d.edition = :edition", Dossier.class)
                .setParameter("edition", edition).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Preview preview = plan(edition, perDossier);
        if (!Set.copyOf(preview.plan().added()).equals(Set.copyOf(previewed))) {
            throw new Refusal(409, "jury.autoAssign.changed");
        }
        preview.plan().added().forEach(pair -> {
            Dossier dossier = preview.dossiers().get(pair.dossier());
            Account juror = preview.jurors().get(pair.juror());
            em.persist(new Assignment(dossier, juror));
            audit.record(edition, Action.ASSIGNED, dossier.getTitle(), null, juror.getDisplayName() + " (automatique)");
        });
        Map<Long, List<Assignment>> byJuror = jury.assignmentsOf(edition).stream()
                .collect(Collectors.groupingBy(assignment -> assignment.getJuror().getId()));
        preview.plan().added().stream().map(BalancedAssignment.Pair::juror).distinct().forEach(jurorId ->
                jury.sendAssignmentNotice(preview.jurors().get(jurorId), edition, byJuror.getOrDefault(jurorId, List.of())));
        return preview.plan().added().size();
    }

    private Preview plan(Edition edition, int perDossier) {
        if (perDossier < 1 || perDossier > JurySettings.MAX_JURORS_PER_DOSSIER) {
            throw new Refusal("jury.autoAssign.perDossier");
        }
        Map<Long, Dossier> admissible = dossiers.admissible(edition).stream()
                .collect(Collectors.toMap(Dossier::getId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        Map<Long, JurorProfile> profiles = jurors.of(edition).stream()
                .filter(profile -> profile.account().getRole() == Role.JUROR)
                .collect(Collectors.toMap(profile -> profile.account().getId(), Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        Map<Long, Account> accounts = new LinkedHashMap<>();
        profiles.forEach((id, profile) -> accounts.put(id, profile.account()));
        // Within the balance, a juror who knows the dossier's theme is preferred.
        ToIntBiFunction<Long, Long> preference = (dossier, juror) -> profiles.get(juror)
                .knows(admissible.get(dossier).getTheme()) ? 0 : 1;
        List<BalancedAssignment.Pair> existing = jury.assignmentsOf(edition).stream()
                .map(a -> new BalancedAssignment.Pair(a.getDossier().getId(), a.getJuror().getId())).toList();
        List<BalancedAssignment.Pair> conflicted = conflicts.of(edition).stream()
                .map(c -> new BalancedAssignment.Pair(c.getDossier().getId(), c.getJuror().getId())).toList();
        BalancedAssignment.Plan plan = BalancedAssignment.plan(List.copyOf(admissible.keySet()),
                List.copyOf(accounts.keySet()), perDossier, existing, conflicted, preference);
        return new Preview(plan, admissible, accounts);
    }

    /** A plan, with the dossiers and jurors its ids name, for a page to show. */
    public record Preview(BalancedAssignment.Plan plan, Map<Long, Dossier> dossiers, Map<Long, Account> jurors) {

        /** Each juror's name and load once applied, by name. */
        public List<Map.Entry<String, Integer>> loads() {
            return plan.loads().entrySet().stream()
                    .map(load -> Map.entry(jurors.get(load.getKey()).getDisplayName(), load.getValue()))
                    .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).toList();
        }

        /** What applying adds: each dossier's title with the names of its new jurors, by title. */
        public List<Map.Entry<String, String>> additions() {
            return plan.added().stream().collect(Collectors.groupingBy(BalancedAssignment.Pair::dossier,
                    LinkedHashMap::new, Collectors.mapping(pair -> jurors.get(pair.juror()).getDisplayName(),
                            Collectors.joining(", "))))
                    .entrySet().stream().map(added -> Map.entry(String.valueOf(dossiers.get(added.getKey()).getTitle()),
                            added.getValue()))
                    .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).toList();
        }

        /** The titles of the dossiers that would still lack jurors, with how many. */
        public List<Map.Entry<String, Integer>> shortfalls() {
            return plan.shortfalls().stream()
                    .map(s -> Map.entry(String.valueOf(dossiers.get(s.dossier()).getTitle()), s.missing())).toList();
        }
    }
}
