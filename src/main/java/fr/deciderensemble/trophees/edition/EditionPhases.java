package fr.deciderensemble.trophees.edition;

import fr.deciderensemble.trophees.publication.LaureateTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Called by the edition process (as {@code phases}) to move an edition to its next phase. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EditionPhases {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LaureateTexts laureateTexts;

    @Inject
    private Editions editions;

    public void enter(Long editionId, String phase) {
        Edition edition = em.find(Edition.class, editionId);
        edition.enter(EditionPhase.valueOf(phase));
        if (edition.getPhase() == EditionPhase.PUBLISHED) {
            // The booklet's texts start as copies of the awarded dossiers, ready for staff to edit.
            laureateTexts.of(edition);
        }
        editions.documentsChanged(editionId);
    }
}
