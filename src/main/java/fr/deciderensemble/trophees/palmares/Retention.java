package fr.deciderensemble.trophees.palmares;

import java.util.List;

import fr.deciderensemble.trophees.candidacy.DossierErasing;
import fr.deciderensemble.trophees.candidacy.Erasure;
import fr.deciderensemble.trophees.platform.ProcessDelegate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * How long dossiers are kept. Once the retention period after an edition's close has run (a timer of the edition
 * process, {@code retention} to it), the dossiers the jury did not award are erased; the laureates' stay, as the
 * resource centre's descriptive sheets come from them. A laureate's booklet text outlives its dossier when the
 * dossier is erased on its candidate's request.
 */
@ApplicationScoped
@Named("retention")
@ProcessDelegate
@Transactional
public class Retention {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Erasure erasure;

    /** Erases the edition's dossiers that no laureate came from. */
    public void eraseUnawarded(Long editionId) {
        List<Long> unawarded = em.createQuery("select d.id from Dossier d where d.edition.id = :edition and not exists"
                + " (select l from Laureate l where l.dossier = d)", Long.class).setParameter("edition", editionId)
                .getResultList();
        erasure.eraseAll(unawarded);
    }

    /** The published text stays; only its link to the erased dossier goes. */
    void letGo(@Observes DossierErasing erasing) {
        em.createQuery("update Laureate l set l.dossier = null where l.dossier.id = :dossier")
                .setParameter("dossier", erasing.dossierId()).executeUpdate();
    }
}
