package fr.deciderensemble.trophees.edition;

import fr.deciderensemble.trophees.platform.ProcessDelegate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Called by the edition process (as {@code phases}) to move an edition to its next phase. */
@ApplicationScoped
@Named("phases")
@ProcessDelegate
@Transactional(Transactional.TxType.MANDATORY)
public class EditionPhases {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<AwardsSettled> settled;

    @Inject
    private Event<EditionClosed> closed;

    @Inject
    private Editions editions;

    public void enter(Long editionId, String phase) {
        Edition edition = em.find(Edition.class, editionId);
        edition.enter(EditionPhase.valueOf(phase));
        if (edition.getPhase() == EditionPhase.AWAITING_CEREMONY) {
            settled.fire(new AwardsSettled(editionId));
        }
        if (edition.getPhase() == EditionPhase.CLOSED) {
            closed.fire(new EditionClosed(editionId));
        }
        editions.documentsChanged(editionId);
    }
}
