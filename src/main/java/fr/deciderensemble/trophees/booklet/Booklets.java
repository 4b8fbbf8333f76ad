package fr.deciderensemble.trophees.booklet;

import java.util.List;

import fr.deciderensemble.trophees.contributors.EditionOrganisation;
import fr.deciderensemble.trophees.contributors.JuryMember;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.media.Logo;
import fr.deciderensemble.trophees.palmares.Laureate;
import fr.deciderensemble.trophees.palmares.LaureateText;
import fr.deciderensemble.trophees.palmares.LaureateTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** An edition's booklet as the database holds it: an imported edition's, or one run here with staff's texts. */
@ApplicationScoped
@Transactional
public class Booklets {

    public static final String PROGRAMME = "Trophées de la participation et de la concertation";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LaureateTexts laureateTexts;

    @Inject
    private Editions editions;

    /** What the staff's booklet page shows: the edition, its organisations, and its laureates' texts. */
    public record Draft(Edition edition, List<EditionOrganisation> organisations, List<Laureate> laureates,
            boolean textsEditable) {
    }

    /** The staff's booklet page's one read; an unknown edition is not found. */
    public Draft draft(long editionId) {
        Edition edition = editions.find(editionId);
        return new Draft(edition, organisationsOf(edition), laureateTexts.of(edition), LaureateTexts.isFinal(edition));
    }

    public Booklet of(Edition edition) {
        List<EditionOrganisation> organisations = organisationsOf(edition);
        List<Booklet.JuryMember> jury = em.createNamedQuery("JuryMember.ofEdition", JuryMember.class)
                .setParameter("edition", edition).getResultStream()
                .map(member -> new Booklet.JuryMember(member.getName(), member.isPresident(), member.getJobTitle(),
                        member.getOrganisation(), member.getBiography()))
                .toList();
        return new Booklet(edition.getYear(), edition.getNumber(),
                edition.getName() == null ? PROGRAMME : edition.getName(),
                printed(organisations, EditionOrganisation.Kind.ORGANISER),
                printed(organisations, EditionOrganisation.Kind.PARTNER),
                printed(organisations, EditionOrganisation.Kind.SUPPORTER), jury,
                laureateTexts.of(edition).stream().map(this::printed).toList());
    }

    private List<EditionOrganisation> organisationsOf(Edition edition) {
        return em.createNamedQuery("EditionOrganisation.ofEdition", EditionOrganisation.class)
                .setParameter("edition", edition).getResultList();
    }

    private Booklet.Laureate printed(Laureate laureate) {
        LaureateText text = laureate.text();
        return new Booklet.Laureate(laureate.getRecognition(), laureate.getRecognitionTitle(), text.title(), text.holder(), text.departments(),
                text.partnerNote(), text.approach(), text.objectives(), text.targetAudience(),
                text.steps().stream().map(step -> new Booklet.Step(step.title(), step.text())).toList(),
                text.focusHeading() == null && text.focusText() == null ? null
                        : new Booklet.Focus(text.focusHeading(), text.focusText()),
                text.results(), logo(laureate.getLogoId()));
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
