package fr.deciderensemble.trophees.publication;

import java.util.List;

import fr.deciderensemble.trophees.edition.Edition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** An edition's laureates, for the public palmarès (once published) and the booklet. */
@ApplicationScoped
@Transactional
public class Results {

    public static final String PROGRAMME = "Trophées de la participation et de la concertation";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LaureateTexts laureateTexts;

    /**
     * The laureates by recognition, as the booklet lists them, whether the edition was run here or imported;
     * nothing before the ceremony.
     */
    public List<PalmaresSection> palmares(Edition edition) {
        if (!edition.getPhase().resultsArePublic()) {
            return List.of();
        }
        return PalmaresSection.of(laureateTexts.of(edition));
    }

    /** The booklet from what the database holds: an imported edition's, or staff's copies of the dossiers. */
    public Booklet booklet(Edition edition) {
        List<EditionOrganisation> organisations = em.createNamedQuery("EditionOrganisation.ofEdition",
                EditionOrganisation.class).setParameter("edition", edition).getResultList();
        List<Booklet.JuryMember> jury = em.createNamedQuery("JuryMember.ofEdition", JuryMember.class)
                .setParameter("edition", edition).getResultStream().map(JuryMember::printed).toList();
        return new Booklet(edition.getYear(), edition.getNumber(),
                edition.getName() == null ? PROGRAMME : edition.getName(),
                printed(organisations, EditionOrganisation.Kind.ORGANISER),
                printed(organisations, EditionOrganisation.Kind.PARTNER),
                printed(organisations, EditionOrganisation.Kind.SUPPORTER), jury,
                laureateTexts.of(edition).stream().map(laureate -> laureate.printed(logo(laureate.getLogoId())))
                        .toList());
    }

    private List<Booklet.Organisation> printed(List<EditionOrganisation> organisations,
            EditionOrganisation.Kind kind) {
        return organisations.stream().filter(organisation -> organisation.getKind() == kind)
                .map(organisation -> new Booklet.Organisation(organisation.getName(), organisation.getDescription(),
                        logo(organisation.getLogoId())))
                .toList();
    }

    private byte[] logo(Long id) {
        return id == null ? null : em.find(Logo.class, id).getContent();
    }
}
