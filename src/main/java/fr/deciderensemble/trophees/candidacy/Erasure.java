package fr.deciderensemble.trophees.candidacy;

import java.util.List;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.notification.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The right to erasure: a candidate's account and everything kept about them go, their dossiers with their files,
 * receipts and mails, whatever edition they belong to; a laureate's booklet text, which the published palmarès
 * prints, stays without the dossier it came from, and so without its contact persons. The same erasure serves the
 * candidate's own request, staff acting on a request by mail, and the retention period's end for dossiers the jury
 * did not award.
 */
@ApplicationScoped
@Transactional
public class Erasure {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Dossiers dossiers;

    @Inject
    private Attachments attachments;

    @Inject
    private Receipts receipts;

    @Inject
    private Accounts accounts;

    @Inject
    private Outbox outbox;

    @Inject
    private Event<DossierErasing> erasing;

    /** The candidate asks, giving their password again: nothing of this can be undone. */
    public void eraseOwnAccount(Account candidate, String password) {
        accounts.confirmPassword(candidate, password);
        eraseAccount(candidate.getId());
    }

    /**
     * Erases a candidate's account and all it holds; another kind of account is refused by {@link Accounts#delete},
     * which rolls back whatever went before it.
     */
    public void eraseAccount(long accountId) {
        Account account = accounts.find(accountId);
        for (Dossier dossier : em.createNamedQuery("Dossier.ownedBy", Dossier.class).setParameter("candidate", account)
                .getResultList()) {
            erase(dossier);
        }
        outbox.forget(account.getEmail());
        em.flush();
        accounts.delete(accountId);
    }

    /** Erases these dossiers of an edition, as the retention period ends for them. */
    public void eraseAll(List<Long> dossierIds) {
        dossierIds.forEach(id -> erase(dossiers.find(id)));
    }

    private void erase(Dossier dossier) {
        erasing.fire(new DossierErasing(dossier.getId()));
        attachments.of(dossier).forEach(attachments::delete);
        receipts.of(dossier).forEach(receipts::delete);
        em.remove(dossier);
        em.flush();
    }
}
