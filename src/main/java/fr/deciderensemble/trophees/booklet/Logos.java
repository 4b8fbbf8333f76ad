package fr.deciderensemble.trophees.booklet;

import fr.deciderensemble.trophees.contributors.EditionOrganisation;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.media.Logo;
import fr.deciderensemble.trophees.media.LogoImage;
import fr.deciderensemble.trophees.media.LogoStore;
import fr.deciderensemble.trophees.palmares.Laureate;
import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Staff give organisations and laureates the logos the booklet prints beside them. */
@ApplicationScoped
@Transactional
public class Logos {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Editions editions;

    @Inject
    private LogoStore logos;

    public void forOrganisation(long id, byte[] image) {
        EditionOrganisation organisation = em.find(EditionOrganisation.class, id);
        if (organisation == null) {
            throw Refusal.notFound();
        }
        Long previous = organisation.getLogoId();
        organisation.showLogo(stored(image));
        logos.forget(previous);
        editions.documentsChanged(organisation.getEdition().getId());
    }

    public void forLaureate(long id, byte[] image) {
        Laureate laureate = em.find(Laureate.class, id);
        if (laureate == null) {
            throw Refusal.notFound();
        }
        Long previous = laureate.getLogoId();
        laureate.showLogo(stored(image));
        logos.forget(previous);
        editions.documentsChanged(laureate.getEditionId());
    }

    private Logo stored(byte[] image) {
        return logos.store(LogoImage.mediaType(image), image);
    }
}
