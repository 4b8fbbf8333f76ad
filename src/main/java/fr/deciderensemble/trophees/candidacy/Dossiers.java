package fr.deciderensemble.trophees.candidacy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.EditionProcess;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.notification.Outbox;
import fr.deciderensemble.trophees.platform.ParisTime;
import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Candidates' dossiers: drafts, submission before the deadline (checked here, on the server), admissibility. */
@ApplicationScoped
@Transactional
public class Dossiers {

    static final int MAX_REASON = DossierContent.ITEM;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EditionProcess process;

    @Inject
    private Editions editions;

    @Inject
    private Outbox outbox;

    @Inject
    private Attachments attachments;

    @Inject
    private Receipts receipts;

    @Inject
    private CoEditors coEditors;

    public List<Dossier> of(Account candidate) {
        return em.createNamedQuery("Dossier.ofCandidate", Dossier.class).setParameter("candidate", candidate)
                .getResultList();
    }

    /**
     * A dossier its candidate, or one of the colleagues writing it with them, may read and change; anybody else's is
     * answered as unknown. Its edition and candidate come with it: whoever asks checks both.
     */
    public Dossier own(long id, Account candidate) {
        Dossier dossier = em.createNamedQuery("Dossier.withParties", Dossier.class).setParameter("id", id)
                .getResultStream().findFirst().orElse(null);
        if (dossier == null || !dossier.belongsTo(candidate) && !coEditors.edits(dossier, candidate)) {
            throw Refusal.notFound();
        }
        return dossier;
    }

    /** A dossier of which this candidate is the owner: who chooses the colleagues writing it. */
    public Dossier ownedBy(long id, Account owner) {
        Dossier dossier = em.find(Dossier.class, id);
        if (dossier == null || !dossier.belongsTo(owner)) {
            throw Refusal.notFound();
        }
        return dossier;
    }

    public Dossier find(long id) {
        Dossier dossier = em.find(Dossier.class, id);
        if (dossier == null) {
            throw Refusal.notFound();
        }
        return dossier;
    }

    /** A submitted dossier, as staff read it; a draft stays its candidate's own. */
    public Dossier submittedOne(long id) {
        Dossier dossier = find(id);
        if (dossier.getStatus() != DossierStatus.SUBMITTED) {
            throw Refusal.notFound();
        }
        return dossier;
    }

    public Dossier start(Account candidate) {
        Edition edition = editions.openForSubmissions()
                .orElseThrow(() -> new Refusal(409, "dossier.submissions.closed"));
        Dossier dossier = new Dossier(edition, candidate);
        em.persist(dossier);
        return dossier;
    }

    /**
     * A new draft in the open call that starts from one of the candidate's dossiers, of a past edition or of this
     * one: a project presented again, or a second one much like the first.
     */
    public Dossier copy(long sourceId, Account candidate) {
        DossierContent content = own(sourceId, candidate).content();
        Dossier copy = start(candidate);
        copy.write(content, candidate);
        attachments.copy(em.find(Dossier.class, sourceId), copy, candidate);
        return copy;
    }

    /**
     * Saves a draft as the form that saw {@code seenVersion} of it wrote it; {@code null} overwrites whatever was
     * saved since, which the form offers only after telling who saved it. Answers the dossier as saved.
     */
    public Dossier saveDraft(long id, Account candidate, DossierContent content, Long seenVersion) {
        Dossier dossier = draft(id, candidate, seenVersion);
        List<String> problems = content.draftProblems();
        if (!problems.isEmpty()) {
            throw new Refusal(400, problems);
        }
        dossier.write(content, candidate);
        return dossier;
    }

    /**
     * Submits a draft while the edition takes submissions, and issues its receipt, mailed as a PDF; past the
     * deadline, refused with its date.
     */
    public Dossier submit(long id, Account candidate, DossierContent content, Long seenVersion) {
        Dossier dossier = draft(id, candidate, seenVersion);
        if (!mayChange(dossier)) {
            throw new DeadlinePassed(dossier.getEdition().getSubmissionDeadline());
        }
        List<String> problems = content.submissionProblems();
        if (!problems.isEmpty()) {
            throw new Refusal(400, problems);
        }
        dossier.write(content, candidate);
        dossier.submit();
        Receipt receipt = receipts.issue(dossier, candidate);
        outbox.sendWith(receipt.getFile().getId(), candidate.recipient(), "mail.receipt.subject", "mail.receipt.body",
                candidate.getDisplayName(), dossier.getTitle(), dossier.getEdition().getYear(),
                receipt.getNumber(), ParisTime.text(dossier.getSubmittedAt(), candidate.getLanguage().locale()));
        return dossier;
    }

    /**
     * Takes a submitted (or withdrawn) dossier back to a draft, until the deadline: the candidate changes it and
     * must submit it again. Staff no longer see it meanwhile.
     */
    public Dossier backToDraft(long id, Account candidate) {
        Dossier dossier = beforeTheDeadline(id, candidate);
        if (dossier.isDraft()) {
            throw new Refusal(409, "dossier.alreadyDraft");
        }
        dossier.reopen();
        return dossier;
    }

    /** Withdraws a dossier from the edition, until the deadline; it may be taken back to a draft until then. */
    public Dossier withdraw(long id, Account candidate) {
        Dossier dossier = beforeTheDeadline(id, candidate);
        if (dossier.getStatus() == DossierStatus.WITHDRAWN) {
            throw new Refusal(409, "dossier.alreadyWithdrawn");
        }
        dossier.withdraw();
        return dossier;
    }

    /** Whether the candidate may still change their mind about this dossier: the edition takes submissions. */
    public boolean mayChange(Dossier dossier) {
        return dossier.getEdition().acceptsSubmissions(OffsetDateTime.now());
    }

    private Dossier beforeTheDeadline(long id, Account candidate) {
        Dossier dossier = locked(id, candidate);
        if (!mayChange(dossier)) {
            throw new Refusal(409, "dossier.submissions.closed");
        }
        return dossier;
    }

    public List<Dossier> submitted(Edition edition) {
        return em.createNamedQuery("Dossier.submitted", Dossier.class).setParameter("edition", edition)
                .getResultList();
    }

    /**
     * The same, each with the addresses of the people behind it, its candidate's first, then its contact persons',
     * in one statement (the edition page looks at their domains; loading the candidates and contacts themselves
     * would cost a statement per dossier).
     */
    public Map<Dossier, List<String>> submittedWithAddresses(Edition edition) {
        Map<Dossier, List<String>> found = new LinkedHashMap<>();
        for (Object[] row : em.createNamedQuery("Dossier.submittedWithAddresses", Object[].class)
                .setParameter("edition", edition).getResultList()) {
            List<String> emails = found.computeIfAbsent((Dossier) row[0], dossier -> new ArrayList<>(List.of(
                    (String) row[1])));
            if (row[2] != null) {
                emails.add((String) row[2]);
            }
        }
        return found;
    }

    /** The submitted dossiers staff declared admissible: those the jury judges. */
    public List<Dossier> admissible(Edition edition) {
        return submitted(edition).stream().filter(dossier -> dossier.getAdmissibility() == Admissibility.ADMISSIBLE)
                .toList();
    }

    public void judgeAdmissibility(long id, boolean admissible, String reason) {
        Dossier dossier = find(id);
        if (!process.waitingFor(dossier.getEdition()).forAdmissibility()
                || dossier.getStatus() != DossierStatus.SUBMITTED) {
            throw new Refusal(409, "dossier.admissibility.closed");
        }
        String why = reason == null ? "" : reason.strip();
        if (!admissible && why.isEmpty()) {
            throw new Refusal("dossier.admissibility.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new Refusal("dossier.admissibility.reasonTooLong");
        }
        dossier.judgeAdmissibility(admissible, why);
        outbox.send(dossier.getCandidate().recipient(),
                admissible ? "mail.admissible.subject" : "mail.inadmissible.subject",
                admissible ? "mail.admissible.body" : "mail.inadmissible.body",
                dossier.getCandidate().getDisplayName(), dossier.getTitle(), why, dossier.getEdition().getYear());
    }

    /**
     * Drafts only, of one's own, as the form saw them; the row lock orders concurrent saves, so that the second of
     * two is compared with the first. A draft saves even past the deadline, so that a form open when it passed
     * loses nothing: the page shows it read-only from then on, and it can no longer be submitted.
     */
    private Dossier draft(long id, Account candidate, Long seenVersion) {
        Dossier dossier = locked(id, candidate);
        if (!dossier.isDraft()) {
            throw new Refusal(409, dossier.getStatus() == DossierStatus.WITHDRAWN ? "dossier.alreadyWithdrawn"
                    : "dossier.alreadySubmitted");
        }
        if (seenVersion != null && seenVersion != dossier.getVersion()) {
            throw new SavedMeanwhile(dossier.getSavedBy() == null ? null : dossier.getSavedBy().getDisplayName(),
                    dossier.getSavedAt());
        }
        return dossier;
    }

    /** A draft whose files may change: one's own, before the deadline, its row locked. */
    Dossier changing(long id, Account candidate) {
        Dossier dossier = draft(id, candidate, null);
        if (!mayChange(dossier)) {
            throw new Refusal(409, "dossier.submissions.closed");
        }
        return dossier;
    }

    /** One's own dossier, its row locked until the transaction ends: changes to one dossier happen one at a time. */
    private Dossier locked(long id, Account candidate) {
        Dossier dossier = own(id, candidate);
        em.lock(dossier, LockModeType.PESSIMISTIC_WRITE);
        return dossier;
    }
}
