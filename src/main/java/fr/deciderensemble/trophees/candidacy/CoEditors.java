package fr.deciderensemble.trophees.candidacy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.account.Role;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.notification.EmailAddress;
import fr.deciderensemble.trophees.notification.Outbox;
import fr.deciderensemble.trophees.notification.Recipient;
import fr.deciderensemble.trophees.platform.Refusal;
import fr.deciderensemble.trophees.platform.SecretLinks;
import fr.deciderensemble.trophees.platform.SiteAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The colleagues who write a dossier with its owner. Only the owner invites and removes them; the link a colleague
 * gets works once, for seven days, and makes whoever opens it while logged in as a candidate an editor: the token is
 * the secret, whatever address the colleague's account has.
 */
@ApplicationScoped
@Transactional
public class CoEditors {

    /** Invitations waiting at once for one dossier: a team, not a mailing list. */
    static final int MAX_PENDING = 5;

    /** What an invitation link shows before it is accepted: who invites, to which dossier. */
    public record Invitation(String inviter, String dossierTitle) {

        public String getInviter() {
            return inviter;
        }

        public String getDossierTitle() {
            return dossierTitle;
        }
    }

    /** A dossier's team as its page shows it: the co-editors, and the invitations not yet accepted. */
    public record Team(List<CoEditor> editors, List<CoEditorInvitation> pending) {

        public List<CoEditor> getEditors() {
            return editors;
        }

        public List<CoEditorInvitation> getPending() {
            return pending;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Dossiers dossiers;

    @Inject
    private Outbox outbox;

    @Inject
    private Accounts accounts;

    @Inject
    private SiteAddress site;

    public Team of(Dossier dossier) {
        return new Team(em.createNamedQuery("CoEditor.ofDossier", CoEditor.class).setParameter("dossier", dossier)
                .getResultList(), em.createNamedQuery("CoEditorInvitation.ofDossier", CoEditorInvitation.class)
                .setParameter("dossier", dossier).getResultList());
    }

    /** The co-editors of the edition's dossiers, by dossier id, read at once. */
    public Map<Long, List<Account>> ofEdition(Edition edition) {
        return em.createQuery("select c.dossier.id, a from CoEditor c join c.account a"
                + " where c.dossier.edition = :edition order by c.addedAt", Object[].class)
                .setParameter("edition", edition).getResultStream().collect(Collectors.groupingBy(
                        row -> (Long) row[0], Collectors.mapping(row -> (Account) row[1], Collectors.toList())));
    }

    /** Whether this account writes the dossier with its owner. */
    boolean edits(Dossier dossier, Account account) {
        return em.createNamedQuery("CoEditor.count", Long.class).setParameter("dossier", dossier.getId())
                .setParameter("account", account.getId()).getSingleResult() > 0;
    }

    /** The owner invites a colleague by e-mail, while the edition takes submissions. */
    public void invite(long dossierId, Account owner, String typedEmail) {
        Dossier dossier = dossiers.ownedBy(dossierId, owner);
        if (!dossiers.mayChange(dossier)) {
            throw new Refusal(409, "dossier.submissions.closed");
        }
        String email = EmailAddress.parse(typedEmail).map(EmailAddress::address)
                .orElseThrow(() -> new Refusal("coEditor.email.invalid"));
        if (email.equalsIgnoreCase(owner.getEmail())) {
            throw new Refusal("coEditor.self");
        }
        Team team = of(dossier);
        if (team.editors().stream().anyMatch(editor -> editor.getAccount().getEmail().equalsIgnoreCase(email))) {
            throw new Refusal(409, "coEditor.already");
        }
        if (team.pending().size() >= MAX_PENDING) {
            throw new Refusal(409, "coEditor.tooMany");
        }
        String token = SecretLinks.newToken();
        em.persist(new CoEditorInvitation(dossier, email, SecretLinks.hash(token), owner, OffsetDateTime.now()));
        // A colleague without an account most likely reads the owner's language.
        Recipient colleague = accounts.byEmail(email).map(Account::recipient)
                .orElseGet(() -> new Recipient(email, owner.getLanguage().locale()));
        String title = dossier.getTitle() != null ? dossier.getTitle()
                : ResourceBundle.getBundle("messages", colleague.locale()).getString("dossier.untitled");
        outbox.send(colleague, "mail.coEditor.subject", "mail.coEditor.body", owner.getDisplayName(), title,
                site.of("/co-edition.xhtml?jeton=" + token), CoEditorInvitation.VALIDITY.toDays());
    }

    /** What a link shows before it is used, if it still works; reads only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Invitation> look(String token) {
        return valid(token).map(invitation -> new Invitation(invitation.getInvitedBy().getDisplayName(),
                invitation.getDossier().getTitle()));
    }

    /** The candidate who opened the link joins the dossier; the link is used up. The dossier's id. */
    public long accept(String token, Account candidate) {
        CoEditorInvitation invitation = valid(token).orElseThrow(() -> new Refusal(404, "coEditor.link.invalid"));
        Dossier dossier = invitation.getDossier();
        if (candidate.getRole() != Role.CANDIDATE) {
            throw new Refusal(403, "coEditor.candidatesOnly");
        }
        if (dossier.belongsTo(candidate)) {
            throw new Refusal(409, "coEditor.self");
        }
        em.remove(invitation);
        if (!edits(dossier, candidate)) {
            em.persist(new CoEditor(dossier, candidate));
        }
        return dossier.getId();
    }

    /** The owner removes a co-editor, who no longer sees the dossier. */
    public void remove(long coEditorId, Account owner) {
        CoEditor editor = em.find(CoEditor.class, coEditorId);
        if (editor == null) {
            throw Refusal.notFound();
        }
        dossiers.ownedBy(editor.getDossier().getId(), owner);
        em.remove(editor);
    }

    /** The owner takes an invitation back before it is used. */
    public void cancel(long invitationId, Account owner) {
        CoEditorInvitation invitation = em.find(CoEditorInvitation.class, invitationId);
        if (invitation == null) {
            throw Refusal.notFound();
        }
        dossiers.ownedBy(invitation.getDossier().getId(), owner);
        em.remove(invitation);
    }

    private Optional<CoEditorInvitation> valid(String token) {
        if (!SecretLinks.plausible(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery("CoEditorInvitation.byHash", CoEditorInvitation.class)
                .setParameter("hash", SecretLinks.hash(token)).getResultStream()
                .filter(invitation -> invitation.holdsAt(OffsetDateTime.now())).findFirst();
    }
}
