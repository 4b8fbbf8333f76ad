package fr.deciderensemble.trophees.jury;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.account.Role;
import fr.deciderensemble.trophees.audit.Action;
import fr.deciderensemble.trophees.audit.AuditLog;
import fr.deciderensemble.trophees.candidacy.Admissibility;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.DossierErasing;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.EditionProcess;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.notification.Outbox;
import fr.deciderensemble.trophees.platform.ParisTime;
import fr.deciderensemble.trophees.platform.Refusal;
import fr.deciderensemble.trophees.platform.SiteAddress;
import fr.deciderensemble.trophees.platform.Text;
import fr.deciderensemble.trophees.platform.TextLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Assignment of dossiers to jurors, their proposals, and the president's decisions. */
@ApplicationScoped
@Transactional
public class Jury {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EditionProcess process;

    @Inject
    private Dossiers dossiers;

    @Inject
    private Accounts accounts;

    @Inject
    private Editions editions;

    @Inject
    private Conflicts conflicts;

    @Inject
    private Jurors jurors;

    @Inject
    private AuditLog audit;

    @Inject
    private MinutesBook minutesBook;

    @Inject
    private Outbox outbox;

    @Inject
    private SiteAddress site;

    public void assign(long dossierId, long jurorId) {
        Dossier dossier = dossiers.find(dossierId);
        if (!process.waitingFor(dossier.getEdition()).forAssignments()) {
            throw new Refusal(409, "jury.assignment.closed");
        }
        if (dossier.getAdmissibility() != Admissibility.ADMISSIBLE) {
            throw new Refusal(409, "jury.assignment.notAdmissible");
        }
        Account juror = accounts.find(jurorId);
        if (juror.getRole() != Role.JUROR || !jurors.includes(dossier.getEdition(), juror)) {
            throw new Refusal("jury.assignment.notJuror");
        }
        // A conflict recorded at the same moment waits for this assignment, or this one sees it (Conflicts.store).
        em.lock(dossier, LockModeType.PESSIMISTIC_WRITE);
        boolean already = assignmentsOf(dossier).stream().anyMatch(a -> a.getJuror().getId().equals(jurorId));
        if (already) {
            throw new Refusal(409, "jury.assignment.duplicate");
        }
        if (conflicts.between(dossierId, jurorId)) {
            throw new Refusal(409, "jury.assignment.conflict");
        }
        em.persist(new Assignment(dossier, juror));
        audit.record(dossier.getEdition(), Action.ASSIGNED, dossier.getTitle(), null, juror.getDisplayName());
        Edition edition = dossier.getEdition();
        sendAssignmentNotice(juror, edition, assignedTo(juror).stream()
                .filter(assignment -> assignment.getDossier().getEdition().getId().equals(edition.getId())).toList());
    }

    /**
     * Tells a juror by mail every dossier they now hold in the edition, after an assignment by hand as after the
     * automatic one: a juror learns of new work without having to look.
     */
    void sendAssignmentNotice(Account juror, Edition edition, List<Assignment> held) {
        String titles = held.stream().map(assignment -> "– " + assignment.getDossier().getTitle()).sorted()
                .collect(Collectors.joining("\n"));
        outbox.send(juror.recipient(), "mail.assigned.subject", "mail.assigned.body", juror.getDisplayName(),
                edition.getYear(), titles, ParisTime.text(edition.getScoringDeadline(), juror.recipient().locale()),
                site.of("/jury/dossiers.xhtml"));
    }

    /** Staff take a dossier back from a juror, unless the juror has scored it: that proposal would be lost. */
    public void unassign(long assignmentId) {
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null) {
            throw Refusal.notFound();
        }
        if (!process.waitingFor(assignment.getDossier().getEdition()).forAssignments()) {
            throw new Refusal(409, "jury.assignment.closed");
        }
        if (assignment.isProposed()) {
            throw new Refusal(409, "jury.unassign.scored");
        }
        em.remove(assignment);
        audit.record(assignment.getDossier().getEdition(), Action.UNASSIGNED, assignment.getDossier().getTitle(),
                assignment.getJuror().getDisplayName(), null);
    }

    private List<Assignment> assignmentsOf(Dossier dossier) {
        return em.createNamedQuery("Assignment.ofDossier", Assignment.class).setParameter("dossier", dossier)
                .getResultList();
    }

    public List<Assignment> assignmentsOf(Edition edition) {
        return em.createNamedQuery("Assignment.ofEdition", Assignment.class).setParameter("edition", edition)
                .getResultList();
    }

    /**
     * The juror's dossiers still before the jury: those of editions whose awards are not settled yet. A juror
     * who judged last year sees this year's work alone, and their progress counts it alone.
     */
    public List<Assignment> assignedTo(Account juror) {
        return em.createNamedQuery("Assignment.ofJuror", Assignment.class).setParameter("juror", juror)
                .getResultStream().filter(assignment -> !assignment.getDossier().getEdition().awardsAreSettled())
                .toList();
    }

    /**
     * A dossier the jury judges, for whoever decides it: the president unless conflicted, at any time; the deputy
     * named for it, while the deliberation lasts. To anybody else it does not exist.
     */
    public Dossier toDecide(long dossierId, Account reader) {
        Dossier dossier = dossiers.find(dossierId);
        boolean deputising = reader.getRole() != Role.JURY_PRESIDENT;
        if (dossier.getAdmissibility() != Admissibility.ADMISSIBLE || !conflicts.mayDecide(dossier, reader)
                || deputising && !process.waitingFor(dossier.getEdition()).forDeliberation()) {
            throw Refusal.notFound();
        }
        return dossier;
    }

    /**
     * A dossier a member of the jury may read, with its files: one assigned to them and free of conflict, or one
     * they decide ({@link #toDecide}). To anybody else it does not exist.
     */
    public Dossier readable(long dossierId, Account reader) {
        Dossier dossier = dossiers.find(dossierId);
        boolean assigned = em.createNamedQuery("Assignment.ofDossier", Assignment.class)
                .setParameter("dossier", dossier).getResultStream()
                .anyMatch(assignment -> assignment.getJuror().getId().equals(reader.getId()));
        return assigned && !conflicts.between(dossierId, reader.getId()) ? dossier : toDecide(dossierId, reader);
    }

    /** An erased dossier leaves no assignment behind; its sheets' ratings, decision and conflicts go with it. */
    void letGo(@Observes DossierErasing erasing) {
        em.createQuery("delete from Assignment a where a.dossier.id = :dossier")
                .setParameter("dossier", erasing.dossierId()).executeUpdate();
    }

    /** One of the juror's own assignments; anybody else's is answered as unknown. */
    public Assignment assignment(long id, Account juror) {
        Assignment assignment = em.find(Assignment.class, id);
        if (assignment == null || !assignment.getJuror().getId().equals(juror.getId())) {
            throw Refusal.notFound();
        }
        return assignment;
    }

    /**
     * Saves the choices of whoever decides (the president, or a deputy on the dossiers they were named for); a
     * dossier left without a choice stays open.
     */
    public void settle(Map<Long, Verdict> verdicts, Account decider) {
        verdicts.forEach((dossierId, verdict) -> {
            if (verdict != null) {
                decide(dossierId, verdict, decider);
            }
        });
    }

    /**
     * The president settles their dossiers and ends the deliberation, together or not at all: every admissible
     * dossier needs its decision, with its rationale for the minutes, those decided by a deputy included.
     */
    public void closeDeliberation(long editionId, Map<Long, Verdict> verdicts, Account president) {
        if (president.getRole() != Role.JURY_PRESIDENT) {
            throw new Refusal(403, "error.forbidden");
        }
        if (verdicts.containsValue(null)) {
            throw new Refusal("jury.deliberation.incomplete");
        }
        settle(verdicts, president);
        Edition edition = editions.find(editionId);
        Map<Long, Decision> decided = decisions(edition);
        List<Long> open = dossiers.admissible(edition).stream().map(Dossier::getId)
                .filter(id -> !decided.containsKey(id)).toList();
        if (!open.isEmpty()) {
            Map<Long, Deputy> deputies = conflicts.deputies(edition);
            throw new Refusal(409, open.stream().allMatch(deputies::containsKey) ? "jury.deliberation.awaitingDeputy"
                    : "jury.deliberation.deputyMissing");
        }
        if (decided.values().stream().anyMatch(decision -> decision.verdict().unexplained())) {
            // Left by a deputy, the president's own being checked beside their fields first.
            throw new Refusal(409, "jury.deliberation.unexplained");
        }
        editions.finishDeliberation(editionId);
        SignedMinutes minutes = minutesBook.sign(edition, president);
        audit.record(edition, Action.DELIBERATION_CLOSED, null, null,
                decided.size() + (decided.size() == 1 ? " décision" : " décisions") + " — procès-verbal SHA-256 "
                        + minutes.getSha256());
    }

    /**
     * Staff take a locked deliberation back to the jury, before the results are published, for a reason the journal
     * keeps: the minutes are voided, and the president locks again, which writes new ones.
     */
    public void reopenDeliberation(long editionId, String typedReason, Account staff) {
        String reason = Text.accepted(typedReason, TextLimits.ITEM, true, "jury.reopen.reasonTooLong");
        if (reason == null) {
            throw new Refusal("jury.reopen.reasonMissing");
        }
        Edition edition = editions.find(editionId);
        if (!process.waitingFor(edition).forDeliberationReopening()) {
            throw new Refusal(409, "jury.reopen.notLocked");
        }
        editions.reopenDeliberation(editionId);
        minutesBook.voidCurrent(edition, staff, reason);
        audit.record(edition, Action.DELIBERATION_REOPENED, null, "verrouillée", reason);
    }

    /**
     * A decision for one dossier: a recognition, or none. Only its decider may take it; to anybody else, above all a
     * conflicted president, the dossier does not exist.
     */
    public void decide(long dossierId, Verdict verdict, Account decider) {
        Dossier dossier = dossiers.find(dossierId);
        if (!process.waitingFor(dossier.getEdition()).forDeliberation()) {
            throw new Refusal(409, "jury.deliberation.closed");
        }
        if (!conflicts.mayDecide(dossier, decider)) {
            throw Refusal.notFound();
        }
        if (verdict.problem() != null) {
            throw new Refusal(verdict.problem());
        }
        Decision decision = em.find(Decision.class, dossierId);
        String before = decision == null ? null : journalText(decision.verdict());
        if (decision == null) {
            em.persist(new Decision(dossier, verdict));
        } else {
            decision.decide(verdict);
        }
        if (!journalText(verdict).equals(before)) {
            audit.record(dossier.getEdition(), Action.DECIDED, dossier.getTitle(), before, journalText(verdict));
        }
    }

    private static String journalText(Verdict verdict) {
        return verdict.journalText() + (verdict.rationale() == null ? "" : " — motif : " + verdict.rationale());
    }

    /** The decisions taken so far for the edition's dossiers, by dossier id. */
    public Map<Long, Decision> decisions(Edition edition) {
        return em.createNamedQuery("Decision.ofEdition", Decision.class).setParameter("edition", edition)
                .getResultStream().collect(Collectors.toMap(Decision::getDossierId, Function.identity()));
    }

    /** The awarded dossiers in the booklet's order: 4 stars first, then special mentions and jury prizes; by title. */
    public List<Decision> awarded(Edition edition) {
        return decisions(edition).values().stream().filter(decision -> decision.getRecognition() != null)
                .sorted(Comparator.comparing(Decision::getRecognition)
                        .thenComparing(decision -> decision.getDossier().getTitle(), Comparator.nullsLast(
                                Comparator.naturalOrder())))
                .toList();
    }
}
