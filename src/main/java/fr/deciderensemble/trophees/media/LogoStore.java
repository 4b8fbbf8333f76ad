package fr.deciderensemble.trophees.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Logos are referred to by id only, from organisations and laureates: this is where one is kept and where one nobody
 * prints any longer goes, so that no image is left taking room.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class LogoStore {

    @PersistenceContext
    private EntityManager em;

    /** Written at once: what refers to it by id is written after, in the same transaction. */
    public Logo store(String mediaType, byte[] image) {
        Logo logo = new Logo(mediaType, image);
        em.persist(logo);
        em.flush();
        return logo;
    }

    /** After whatever pointed to it has let it go. */
    public void forget(Long logoId) {
        if (logoId != null) {
            em.flush();
            Logo logo = em.find(Logo.class, logoId);
            if (logo != null) {
                em.remove(logo);
            }
        }
    }
}
