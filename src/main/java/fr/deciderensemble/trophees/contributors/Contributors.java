package fr.deciderensemble.trophees.contributors;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.account.AccountRenamed;
import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.candidacy.Theme;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.media.LogoStore;
import fr.deciderensemble.trophees.platform.Positions;
import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Staff write who made an edition, as its booklet prints them: organisers, partners and supporters,
 * then the jury. Imported editions get theirs from the JSON; editions run here only from staff.
 */
@ApplicationScoped
@Transactional
public class Contributors {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Editions editions;

    @Inject
    private Accounts accounts;

    @Inject
    private LogoStore logos;

    public List<EditionOrganisation> organisationsOf(long editionId) {
        return organisationsOf(edition(editionId));
    }

    private List<EditionOrganisation> organisationsOf(Edition edition) {
        return em.createNamedQuery("EditionOrganisation.ofEdition", EditionOrganisation.class)
                .setParameter("edition", edition).getResultList();
    }

    public List<JuryMember> juryOf(long editionId) {
        return juryOf(edition(editionId));
    }

    private List<JuryMember> juryOf(Edition edition) {
        return em.createNamedQuery("JuryMember.ofEdition", JuryMember.class).setParameter("edition", edition)
                .getResultList();
    }

    public EditionOrganisation organisation(long id) {
        return found(em.find(EditionOrganisation.class, id));
    }

    public JuryMember juryMember(long id) {
        return found(em.find(JuryMember.class, id));
    }

    /** A new organisation comes last among those of its kind. */
    public void addOrganisation(long editionId, OrganisationEntry entry) {
        accept(entry.problems());
        Edition edition = edition(editionId);
        em.persist(new EditionOrganisation(edition, ofKind(edition, entry.kind()).size(), entry));
        editions.documentsChanged(editionId);
    }

    /** An organisation moved to another kind comes last among its new kind. */
    public void rewriteOrganisation(long id, OrganisationEntry entry) {
        accept(entry.problems());
        EditionOrganisation organisation = organisation(id);
        EditionOrganisation.Kind previous = organisation.getKind();
        if (previous != entry.kind()) {
            Edition edition = organisation.getEdition();
            organisation.placeAt(ofKind(edition, entry.kind()).size());
            organisation.rewrite(entry);
            renumber(ofKind(edition, previous).stream().filter(other -> other != organisation).toList(),
                    EditionOrganisation::placeAt);
        } else {
            organisation.rewrite(entry);
        }
        editions.documentsChanged(organisation.getEdition().getId());
    }

    /** Up ({@code -1}) or down ({@code 1}) among the organisations of its kind. */
    public void moveOrganisation(long id, int offset) {
        EditionOrganisation organisation = organisation(id);
        List<EditionOrganisation> kind = ofKind(organisation.getEdition(), organisation.getKind());
        renumber(Positions.moved(kind, kind.indexOf(organisation), offset), EditionOrganisation::placeAt);
        editions.documentsChanged(organisation.getEdition().getId());
    }

    /** Its logo goes too: it is printed nowhere else. */
    public void removeOrganisation(long id) {
        EditionOrganisation organisation = organisation(id);
        Edition edition = organisation.getEdition();
        Long logoId = organisation.getLogoId();
        em.remove(organisation);
        logos.forget(logoId);
        renumber(ofKind(edition, organisation.getKind()), EditionOrganisation::placeAt);
        editions.documentsChanged(edition.getId());
    }

    /** A new jury member comes last. */
    public JuryMember addJuryMember(long editionId, JuryEntry entry, Set<Theme> expertise) {
        accept(entry.problems());
        Edition edition = edition(editionId);
        JuryMember member = new JuryMember(edition, juryOf(edition).size(), entry);
        member.know(expertise);
        em.persist(member);
        editions.documentsChanged(editionId);
        return member;
    }

    public void rewriteJuryMember(long id, JuryEntry entry, Set<Theme> expertise) {
        accept(entry.problems());
        JuryMember member = juryMember(id);
        member.rewrite(entry);
        member.know(expertise);
        oneName(member);
        editions.documentsChanged(member.getEdition().getId());
    }

    /**
     * The member judges in the application with this account (a juror's or the president's), which takes the name
     * staff wrote on the list: one name for the person, in the booklet as on the pages.
     */
    public void link(JuryMember member, Account juror) {
        member.judgeAs(juror);
        oneName(member);
    }

    /**
     * The name staff wrote on a list not yet published becomes the person's: their account and their places on
     * the other lists not yet published take it. A published booklet's list names the person as it was then.
     */
    private void oneName(JuryMember member) {
        if (member.getAccount() != null && !member.getEdition().resultsArePublic()) {
            accounts.nameAsListed(member.getAccount(), member.getName());
            follow(new AccountRenamed(member.getAccount().getId(), member.getName()));
        }
    }

    /**
     * A juror renamed their account: their places on the lists of editions whose results are not yet public follow;
     * a published booklet keeps the name it printed.
     */
    void follow(@Observes AccountRenamed renamed) {
        em.createQuery("select m from JuryMember m join fetch m.edition where m.account.id = :account",
                JuryMember.class).setParameter("account", renamed.accountId()).getResultStream()
                .filter(member -> !member.getEdition().resultsArePublic() && !renamed.name().equals(member.getName()))
                .forEach(member -> {
                    member.rename(renamed.name());
                    editions.documentsChanged(member.getEdition().getId());
                });
    }

    /** Up ({@code -1}) or down ({@code 1}) in the jury. */
    public void moveJuryMember(long id, int offset) {
        JuryMember member = juryMember(id);
        List<JuryMember> jury = juryOf(member.getEdition());
        renumber(Positions.moved(jury, jury.indexOf(member), offset), JuryMember::placeAt);
        editions.documentsChanged(member.getEdition().getId());
    }

    public void removeJuryMember(long id) {
        JuryMember member = juryMember(id);
        Edition edition = member.getEdition();
        em.remove(member);
        em.flush();
        renumber(juryOf(edition), JuryMember::placeAt);
        editions.documentsChanged(edition.getId());
    }

    private List<EditionOrganisation> ofKind(Edition edition, EditionOrganisation.Kind kind) {
        return organisationsOf(edition).stream().filter(organisation -> organisation.getKind() == kind).toList();
    }

    private Edition edition(long id) {
        return found(em.find(Edition.class, id));
    }

    private static <T> void renumber(List<T> ordered, BiConsumer<T, Integer> placeAt) {
        for (int i = 0; i < ordered.size(); i++) {
            placeAt.accept(ordered.get(i), i);
        }
    }

    private static void accept(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new Refusal(400, problems);
        }
    }

    private static <T> T found(T entity) {
        if (entity == null) {
            throw Refusal.notFound();
        }
        return entity;
    }
}
