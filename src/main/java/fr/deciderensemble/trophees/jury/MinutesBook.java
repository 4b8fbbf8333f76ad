package fr.deciderensemble.trophees.jury;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.account.Role;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.platform.Refusal;
import fr.deciderensemble.trophees.platform.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The register of an edition's minutes: written and signed when the president locks the deliberation, voided when
 * staff reopen it. Every version stays, so that what was approved, and why it was set aside, can always be shown.
 */
@ApplicationScoped
@Transactional
public class MinutesBook {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Conflicts conflicts;

    /** The minutes of the deliberation just locked, approved by the president who locked it, now. */
    SignedMinutes sign(Edition edition, Account president) {
        OffsetDateTime now = OffsetDateTime.now();
        byte[] pdf = MinutesPdf.render(minutes(edition, president, now));
        SignedMinutes signed = new SignedMinutes(edition, pdf, sha256(pdf), president, now);
        em.persist(signed);
        return signed;
    }

    /** Staff reopened the deliberation: its minutes no longer hold. */
    void voidCurrent(Edition edition, Account staff, String reason) {
        current(edition).ifPresent(minutes -> minutes.voidBy(staff, reason));
    }

    /** An edition and every version of its minutes, the latest first. */
    public record Register(Edition edition, List<SignedMinutes> minutes) {
    }

    /** The edition and its minutes in one statement, for the edition page; a missing edition is not found. */
    public Register register(long editionId) {
        List<Object[]> rows = em.createQuery("select e, m, a, v from Edition e left join SignedMinutes m"
                + " on m.edition = e left join m.approvedBy a left join m.voidedBy v where e.id = :id"
                + " order by m.approvedAt desc, m.id desc", Object[].class).setParameter("id", editionId)
                .getResultList();
        if (rows.isEmpty()) {
            throw Refusal.notFound();
        }
        return new Register((Edition) rows.get(0)[0], rows.stream().filter(row -> row[1] != null)
                .map(row -> (SignedMinutes) row[1]).toList());
    }

    /** Every version of the edition's minutes, the latest first. */
    public List<SignedMinutes> of(Edition edition) {
        return em.createNamedQuery("SignedMinutes.ofEdition", SignedMinutes.class).setParameter("edition", edition)
                .getResultList();
    }

    /** The minutes in force: the latest, unless voided. */
    public Optional<SignedMinutes> current(Edition edition) {
        return of(edition).stream().findFirst().filter(minutes -> !minutes.isVoided());
    }

    /** The minutes this president approved last, unless staff voided them since. */
    public Optional<SignedMinutes> latestInForce(Account president) {
        return em.createNamedQuery("SignedMinutes.latestOf", SignedMinutes.class).setParameter("president", president)
                .setMaxResults(1).getResultStream().findFirst().filter(minutes -> !minutes.isVoided());
    }

    /**
     * The PDF of one version of the edition's minutes: staff read every version; a president only the minutes they
     * approved themselves, so that another year's president reads no other jury's record. To anyone else, and for
     * any other version, there is no such file.
     */
    public byte[] pdf(Edition edition, long minutesId, Account reader) {
        SignedMinutes minutes = em.find(SignedMinutes.class, minutesId);
        boolean readable = reader.getRole() == Role.STAFF || reader.getRole() == Role.JURY_PRESIDENT
                && minutes != null && minutes.getApprovedBy().getId().equals(reader.getId());
        if (minutes == null || !minutes.getEdition().getId().equals(edition.getId()) || !readable) {
            throw Refusal.notFound();
        }
        return minutes.getContent();
    }

    Minutes minutes(Edition edition, Account president, OffsetDateTime lockedAt) {
        List<Assignment> assignments = em.createNamedQuery("Assignment.ofEdition", Assignment.class)
                .setParameter("edition", edition).getResultList();
        Map<Long, Minutes.Member> members = new LinkedHashMap<>();
        members.put(president.getId(), new Minutes.Member(president.getDisplayName(), true, 0, 0));
        assignments.stream().sorted(Comparator.comparing(assignment -> assignment.getJuror().getDisplayName(),
                String.CASE_INSENSITIVE_ORDER)).forEach(assignment -> members.merge(assignment.getJuror().getId(),
                        new Minutes.Member(assignment.getJuror().getDisplayName(), false, 1,
                                assignment.isProposed() ? 1 : 0),
                        (one, other) -> new Minutes.Member(one.name(), one.presiding(), one.assigned() + 1,
                                one.submitted() + other.submitted())));
        List<Minutes.DeclaredConflict> declared = conflicts.of(edition).stream()
                .map(conflict -> new Minutes.DeclaredConflict(conflict.getJuror().getDisplayName(),
                        conflict.getDossier().getTitle(), conflict.getReason(),
                        conflict.getDeclaredBy() == Conflict.Source.JUROR)).toList();
        Map<Long, Deputy> deputies = conflicts.deputies(edition);
        List<Minutes.Entry> decisions = em.createNamedQuery("Decision.ofEdition", Decision.class)
                .setParameter("edition", edition).getResultStream().map(decision -> {
                    Dossier dossier = decision.getDossier();
                    Deputy deputy = deputies.get(dossier.getId());
                    return new Minutes.Entry(dossier.getTitle(), dossier.getHolderName(), decision.verdict(),
                            deputy == null ? null : deputy.getJuror().getDisplayName());
                }).toList();
        return new Minutes(edition.getYear(), lockedAt, president.getDisplayName(),
                List.copyOf(members.values()), declared, decisions);
    }

    static String sha256(byte[] content) {
        return Sha256.hex(content);
    }
}
