package fr.deciderensemble.trophees.jury;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.account.Role;
import fr.deciderensemble.trophees.audit.Action;
import fr.deciderensemble.trophees.audit.AuditLog;
import fr.deciderensemble.trophees.candidacy.Theme;
import fr.deciderensemble.trophees.contributors.Contributors;
import fr.deciderensemble.trophees.contributors.JuryEntry;
import fr.deciderensemble.trophees.contributors.JuryMember;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.notification.EmailAddress;
import fr.deciderensemble.trophees.notification.Outbox;
import fr.deciderensemble.trophees.platform.Refusal;
import fr.deciderensemble.trophees.platform.SiteAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The jurors of an edition as people: staff invite them by e-mail onto the jury list the booklet prints, and the
 * jury's work (assignment, conflicts, the pages' choices) reads that same list, with each member's organisation
 * and expertise.
 */
@ApplicationScoped
@Transactional
public class Jurors {

    /** The president first, then the jurors, each by name. */
    private static final Comparator<JurorProfile> PRESIDENT_FIRST = Comparator
            .comparing((JurorProfile juror) -> juror.account().getRole() != Role.JURY_PRESIDENT)
            .thenComparing(juror -> juror.account().getDisplayName(), String.CASE_INSENSITIVE_ORDER);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Contributors contributors;

    @Inject
    private Accounts accounts;

    @Inject
    private Editions editions;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    private SiteAddress siteAddress;

    /**
     * The edition's jury: the members invited onto its list. An edition whose list names no account (one run before
     * invitations existed, or whose jurors staff created by hand) has every juror and president account, as it
     * always had.
     */
    public List<JurorProfile> of(Edition edition) {
        // Every jury account with its place on this edition's list, if any, and that place's themes (a row each):
        // one statement for both cases.
        Map<Account, JuryMember> places = new LinkedHashMap<>();
        Map<Account, Set<Theme>> expertise = new HashMap<>();
        for (Object[] row : em.createQuery("select a, m, e from Account a left join JuryMember m"
                + " on m.account = a and m.edition = :edition left join m.expertise e where a.role in :roles",
                Object[].class).setParameter("edition", edition)
                .setParameter("roles", List.of(Role.JURY_PRESIDENT, Role.JUROR)).getResultList()) {
            Account account = (Account) row[0];
            places.putIfAbsent(account, (JuryMember) row[1]);
            if (row[2] != null) {
                expertise.computeIfAbsent(account, any -> EnumSet.noneOf(Theme.class)).add((Theme) row[2]);
            }
        }
        List<JurorProfile> invited = places.entrySet().stream().filter(place -> place.getValue() != null)
                .map(place -> new JurorProfile(place.getKey(), place.getValue().getOrganisation(),
                        expertise.getOrDefault(place.getKey(), Set.of())))
                .toList();
        List<JurorProfile> jury = invited.isEmpty()
                ? places.keySet().stream().map(JurorProfile::unknown).toList()
                : invited;
        return jury.stream().sorted(PRESIDENT_FIRST).toList();
    }

    /** Whether the account sits on the edition's jury, as {@link #of(Edition)} tells it. */
    public boolean includes(Edition edition, Account account) {
        return of(edition).stream().anyMatch(juror -> juror.account().getId().equals(account.getId()));
    }

    /**
     * Puts a person on the edition's jury list and lets them judge: a new address gets an account waiting for the
     * password its owner will choose through the mailed link; a juror or president of past editions is told by mail
     * and judges with the account they have. A member already on the list without an account (typed for the
     * booklet) is invited by giving their {@code memberId}.
     */
    public void invite(long editionId, Long memberId, JuryEntry entry, Set<Theme> expertise, String email) {
        // Every problem of the form at once: the member's own and the address's.
        Optional<String> parsed = EmailAddress.parse(email).map(EmailAddress::address);
        List<String> problems = new ArrayList<>(entry.problems());
        if (parsed.isEmpty()) {
            problems.add("account.email.invalid");
        }
        if (!problems.isEmpty()) {
            throw new Refusal(400, problems);
        }
        String address = parsed.get();
        Edition edition = editions.find(editionId);
        Role role = entry.president() ? Role.JURY_PRESIDENT : Role.JUROR;
        Account juror = accounts.byEmail(address).orElse(null);
        if (juror != null && juror.getRole() != role) {
            throw new Refusal(409, juror.getRole() == Role.JUROR || juror.getRole() == Role.JURY_PRESIDENT
                    ? "jury.invite.otherRole" : "jury.invite.notJuror");
        }
        List<JuryMember> list = contributors.juryOf(editionId);
        if (memberId != null && list.stream().noneMatch(member -> member.getId().equals(memberId))) {
            throw Refusal.notFound();
        }
        // The member being invited again holds their own pending account: that is no duplicate.
        if (juror != null && list.stream().anyMatch(member -> juror.equals(member.getAccount())
                && !member.getId().equals(memberId))) {
            throw new Refusal(409, "jury.invite.duplicate");
        }
        JuryMember member;
        if (memberId == null) {
            member = contributors.addJuryMember(editionId, entry, expertise);
        } else {
            contributors.rewriteJuryMember(memberId, entry, expertise);
            member = contributors.juryMember(memberId);
        }
        String site = siteAddress.of("");
        if (juror == null || !juror.isConfirmed()) {
            Accounts.Invitation invitation = accounts.invite(address, entry.name(), role);
            contributors.link(member, invitation.account());
            outbox.send(invitation.account().recipient(), "mail.invitation.subject", "mail.invitation.body",
                    entry.name(), edition.getYear(), site + "/invitation.xhtml?jeton=" + invitation.token(),
                    Accounts.INVITATION_VALIDITY.toDays());
        } else {
            contributors.link(member, juror);
            outbox.send(juror.recipient(), "mail.juryAdded.subject", "mail.juryAdded.body", juror.getDisplayName(),
                    edition.getYear(), site + "/connexion.xhtml");
        }
        audit.record(edition, Action.JUROR_INVITED, entry.name(), null, address);
    }
}
