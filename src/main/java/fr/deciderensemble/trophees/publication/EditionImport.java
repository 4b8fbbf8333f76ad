package fr.deciderensemble.trophees.publication;

import java.util.List;

import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores a past edition, read from its booklet's JSON, as a published edition: all of it or nothing. */
@ApplicationScoped
@Transactional
public class EditionImport {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Editions editions;

    public Edition store(Booklet published) {
        if (editions.byYear(published.year()).isPresent()) {
            throw new Refusal(409, "edition.year.taken");
        }
        Edition edition = Edition.imported(published.year(), published.editionNumber(), published.programmeName());
        em.persist(edition);
        store(edition, EditionOrganisation.Kind.ORGANISER, published.organisers());
        store(edition, EditionOrganisation.Kind.PARTNER, published.partners());
        store(edition, EditionOrganisation.Kind.SUPPORTER, published.supporters());
        for (int i = 0; i < published.jury().size(); i++) {
            em.persist(new JuryMember(edition, i, published.jury().get(i)));
        }
        for (int i = 0; i < published.laureates().size(); i++) {
            em.persist(new Laureate(edition, i, published.laureates().get(i)));
        }
        return edition;
    }

    private void store(Edition edition, EditionOrganisation.Kind kind, List<Booklet.Organisation> organisations) {
        for (int i = 0; i < organisations.size(); i++) {
            em.persist(new EditionOrganisation(edition, kind, i, organisations.get(i)));
        }
    }
}
