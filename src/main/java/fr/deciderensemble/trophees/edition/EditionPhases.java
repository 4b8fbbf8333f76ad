package fr.deciderensemble.trophees.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Called by the edition process (as {@code phases}) to move an edition to its next phase. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EditionPhases {

    @PersistenceContext
    private EntityManager em;

    public void enter(Long editionId, String phase) {
        em.find(Edition.class, editionId).enter(EditionPhase.valueOf(phase));
    }
}
