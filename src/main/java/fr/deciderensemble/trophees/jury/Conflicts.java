package fr.deciderensemble.trophees.jury;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.account.Role;
import fr.deciderensemble.trophees.audit.Action;
import fr.deciderensemble.trophees.audit.AuditLog;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.EditionProcess;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.edition.Waiting;
import fr.deciderensemble.trophees.platform.Refusal;
import fr.deciderensemble.trophees.platform.Text;
import fr.deciderensemble.trophees.platform.TextLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Conflicts of interest, as HotCRP keeps them: recorded by staff or declared by the juror, never crossed by an
 * assignment, and the end of any assignment they meet. They may be recorded while dossiers are being assigned or
 * scored; the jury's later steps only read them.
 */
@ApplicationScoped
@Transactional
public class Conflicts {

    /**
     * Mail providers anyone may use: sharing one says nothing about a tie, so such domains never suggest a
     * conflict.
     */
    private static final Set<String> PUBLIC_DOMAINS = Set.of("gmail.com", "googlemail.com", "yahoo.fr", "yahoo.com",
            "hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr", "live.com", "msn.com", "icloud.com",
            "me.com", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "laposte.net", "bbox.fr",
            "numericable.fr", "aol.com", "gmx.fr", "gmx.com", "proton.me", "protonmail.com");

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
    private AuditLog audit;

    @Inject
    private Jurors jurors;

    /** Staff record a conflict they know of; the juror loses the dossier, and any proposal made on it. */
    public void record(long dossierId, long jurorId, String reason) {
        Dossier dossier = open(dossiers.find(dossierId));
        Account juror = accounts.find(jurorId);
        if (juror.getRole() != Role.JUROR && juror.getRole() != Role.JURY_PRESIDENT) {
            throw new Refusal("jury.assignment.notJuror");
        }
        store(dossier, juror, Conflict.Source.STAFF, reason);
        assignmentOf(dossier, juror).ifPresent(this::withdraw);
    }

    /**
     * A juror declares a conflict on a dossier of their list. Once they have scored it, only staff may record it:
     * the proposal would otherwise vanish at the juror's word.
     */
    public void declare(long assignmentId, Account juror, String reason) {
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null || !assignment.getJuror().getId().equals(juror.getId())) {
            throw Refusal.notFound();
        }
        open(assignment.getDossier());
        if (assignment.isProposed()) {
            throw new Refusal(409, "jury.conflict.alreadyScored");
        }
        store(assignment.getDossier(), juror, Conflict.Source.JUROR, reason);
        withdraw(assignment);
    }

    /** The conflicted juror loses the dossier, and the journal says so, with the stars they had proposed if any. */
    private void withdraw(Assignment assignment) {
        em.remove(assignment);
        Account juror = assignment.getJuror();
        audit.record(assignment.getDossier().getEdition(), Action.UNASSIGNED, assignment.getDossier().getTitle(),
                assignment.isProposed() ? juror.getDisplayName() + " (" + assignment.getProposedStars() + " ★)"
                        : juror.getDisplayName(), null);
    }

    /**
     * Staff name the juror who decides a dossier in the place of the president, who has a conflict with it; until
     * the deliberation ends, they may name another.
     */
    public void nameDeputy(long dossierId, long jurorId) {
        Dossier dossier = dossiers.find(dossierId);
        Waiting waiting = process.waitingFor(dossier.getEdition());
        if (!waiting.forAssignments() && !waiting.forDeliberation()) {
            throw new Refusal(409, "jury.deputy.closed");
        }
        Account juror = accounts.find(jurorId);
        if (juror.getRole() != Role.JUROR || !jurors.includes(dossier.getEdition(), juror)) {
            throw new Refusal("jury.assignment.notJuror");
        }
        if (between(dossierId, jurorId)) {
            throw new Refusal(409, "jury.deputy.conflicted");
        }
        boolean presidentConflicted = em.createQuery("select count(c) from Conflict c where c.dossier = :dossier"
                + " and c.juror.role = :president", Long.class).setParameter("dossier", dossier)
                .setParameter("president", Role.JURY_PRESIDENT).getSingleResult() > 0;
        if (!presidentConflicted) {
            throw new Refusal(409, "jury.deputy.needless");
        }
        Deputy deputy = em.find(Deputy.class, dossierId);
        String before = deputy == null ? null : deputy.getJuror().getDisplayName();
        if (deputy == null) {
            em.persist(new Deputy(dossier, juror));
        } else {
            deputy.replaceBy(juror);
        }
        audit.record(dossier.getEdition(), Action.DEPUTY_NAMED, dossier.getTitle(), before, juror.getDisplayName());
    }

    /** The deputies named for the edition's dossiers, by dossier id. */
    public Map<Long, Deputy> deputies(Edition edition) {
        return em.createNamedQuery("Deputy.ofEdition", Deputy.class).setParameter("edition", edition)
                .getResultStream().collect(Collectors.toMap(Deputy::getDossierId, Function.identity()));
    }

    /** How many dossiers of the deliberation under way this juror decides in the president's place. */
    public long deputisedBy(Account juror) {
        return editions.deliberating().map(edition -> em.createQuery("select count(d) from Deputy d"
                + " where d.juror = :juror and d.dossier.edition = :edition", Long.class).setParameter("juror", juror)
                .setParameter("edition", edition).getSingleResult()).orElse(0L);
    }

    /** Whether this account decides the dossier, read from the database. */
    boolean mayDecide(Dossier dossier, Account reader) {
        return decides(reader, between(dossier.getId(), reader.getId()), em.find(Deputy.class, dossier.getId()));
    }

    /**
     * Who decides a dossier: the president, or the deputy staff named for it (null if none), and either only when
     * free of conflict with it. The deliberation board applies the same rule to its rows, read all at once.
     */
    static boolean decides(Account reader, boolean conflicted, Deputy deputy) {
        return !conflicted && (reader.getRole() == Role.JURY_PRESIDENT
                || deputy != null && deputy.getJuror().getId().equals(reader.getId()));
    }

    public boolean between(long dossierId, long jurorId) {
        return em.createNamedQuery("Conflict.between", Long.class).setParameter("dossier", dossierId)
                .setParameter("juror", jurorId).getSingleResult() > 0;
    }

    /** The edition's conflicts, and the deputies named where the president has one. */
    public record Recorded(List<Conflict> conflicts, Map<Long, Deputy> deputies) {
    }

    /**
     * The edition's conflicts with the deputies, in one statement, as the edition page shows both: a deputy is
     * named only for a dossier on which the president has a conflict, so each is found beside one.
     */
    public Recorded recorded(Edition edition) {
        List<Conflict> found = new ArrayList<>();
        Map<Long, Deputy> deputies = new HashMap<>();
        // The jurors, dossiers and deputies' accounts are selected so that walking to them reads nothing more.
        // Outer joins throughout, which every conflict meets anyway: EclipseLink writes inner ones after the ON.
        for (Object[] row : em.createQuery("select c, j, d, p, pj from Conflict c left join c.dossier d"
                + " left join c.juror j left join Deputy p on p.dossierId = d.id left join p.juror pj"
                + " where d.edition = :edition"
                + " order by d.id, j.displayName", Object[].class).setParameter("edition", edition).getResultList()) {
            found.add((Conflict) row[0]);
            if (row[3] != null) {
                deputies.put(((Deputy) row[3]).getDossierId(), (Deputy) row[3]);
            }
        }
        return new Recorded(found, deputies);
    }

    public List<Conflict> of(Edition edition) {
        return em.createNamedQuery("Conflict.ofEdition", Conflict.class).setParameter("edition", edition)
                .getResultList();
    }

    /**
     * Pairs staff should look at, unless already recorded: a juror whose e-mail domain is one a submitted dossier's
     * candidate or contact persons write from (unless it is a public provider's), or whose organisation is the
     * dossier's holder.
     */
    public List<Suggestion> likely(Map<Dossier, List<String>> addresses, List<Conflict> known,
            List<JurorProfile> jury) {
        Set<String> recorded = known.stream()
                .map(conflict -> conflict.getDossier().getId() + ":" + conflict.getJuror().getId())
                .collect(Collectors.toSet());
        List<Suggestion> suggestions = new ArrayList<>();
        for (Map.Entry<Dossier, List<String>> submitted : addresses.entrySet()) {
            Dossier dossier = submitted.getKey();
            Set<String> domains = privateDomains(submitted.getValue().stream());
            for (JurorProfile profile : jury) {
                Account juror = profile.account();
                if (recorded.contains(dossier.getId() + ":" + juror.getId())) {
                    continue;
                }
                String jurorDomain = privateDomain(juror.getEmail());
                if (jurorDomain != null && domains.contains(jurorDomain)) {
                    suggestions.add(new Suggestion(dossier, juror, Clue.DOMAIN, jurorDomain));
                } else if (sameOrganisation(profile.organisation(), dossier.getHolderName())) {
                    suggestions.add(new Suggestion(dossier, juror, Clue.ORGANISATION, profile.organisation()));
                }
            }
        }
        return suggestions;
    }

    /**
     * Whether a juror's organisation and a dossier's holder name the same body: one contains the other, word for
     * word, ignoring case, accents and punctuation. The shorter must say enough (two words, or eight letters) for a
     * lone "Mairie" not to match every town hall.
     */
    static boolean sameOrganisation(String organisation, String holder) {
        String one = comparable(organisation);
        String other = comparable(holder);
        if (one.isEmpty() || other.isEmpty()) {
            return false;
        }
        String shorter = one.length() <= other.length() ? one : other;
        String longer = shorter == one ? other : one;
        boolean saysEnough = shorter.contains(" ") || shorter.length() >= 8;
        return saysEnough && (" " + longer + " ").contains(" " + shorter + " ");
    }

    private static String comparable(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{Alnum}]+", " ").strip();
    }

    /** The private domains of addresses, skipping what is blank (a contact may give only a phone). */
    static Set<String> privateDomains(Stream<String> emails) {
        return emails.filter(email -> email != null && email.contains("@")).map(Conflicts::privateDomain)
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** The domain of an address, or {@code null} when it is a public provider's. */
    static String privateDomain(String email) {
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return PUBLIC_DOMAINS.contains(domain) ? null : domain;
    }

    private Dossier open(Dossier dossier) {
        if (!process.waitingFor(dossier.getEdition()).forAssignments()) {
            throw new Refusal(409, "jury.conflict.closed");
        }
        return dossier;
    }

    /**
     * Stores a conflict and what follows from it wherever it comes from: a deputy found conflicted decides nothing
     * more (staff name another), and the journal says who said so.
     */
    private void store(Dossier dossier, Account juror, Conflict.Source source, String typed) {
        String reason = Text.accepted(typed, TextLimits.ITEM, true, "jury.conflict.reasonTooLong");
        if (reason == null) {
            throw new Refusal("jury.conflict.reasonMissing");
        }
        // An assignment made at the same moment waits for this conflict, or this one finds it (Jury.assign).
        em.lock(dossier, LockModeType.PESSIMISTIC_WRITE);
        if (between(dossier.getId(), juror.getId())) {
            throw new Refusal(409, "jury.conflict.duplicate");
        }
        em.persist(new Conflict(dossier, juror, source, reason));
        try {
            em.flush();
        } catch (PersistenceException sameMoment) {
            // Staff and the juror recorded the same conflict at once: the other one is stored.
            throw new Refusal(409, "jury.conflict.duplicate");
        }
        Deputy deputy = em.find(Deputy.class, dossier.getId());
        if (deputy != null && deputy.getJuror().getId().equals(juror.getId())) {
            em.remove(deputy);
            audit.record(dossier.getEdition(), Action.DEPUTY_REMOVED, dossier.getTitle(), juror.getDisplayName(), null);
        }
        audit.record(dossier.getEdition(), source == Conflict.Source.STAFF ? Action.CONFLICT_RECORDED
                : Action.CONFLICT_DECLARED, dossier.getTitle(), null, juror.getDisplayName() + " : " + reason);
    }

    private Optional<Assignment> assignmentOf(Dossier dossier, Account juror) {
        return em.createQuery("select a from Assignment a where a.dossier = :dossier and a.juror = :juror",
                Assignment.class).setParameter("dossier", dossier).setParameter("juror", juror).getResultStream()
                .findFirst();
    }

    /** What made a pair look like a conflict. */
    public enum Clue {
        DOMAIN, ORGANISATION
    }

    /** A pair that looks like a conflict, and why: the clue and what was found (a domain, an organisation). */
    public record Suggestion(Dossier dossier, Account juror, Clue clue, String evidence) {
    }
}
