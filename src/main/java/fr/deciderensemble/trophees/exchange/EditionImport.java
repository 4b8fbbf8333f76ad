package fr.deciderensemble.trophees.exchange;

import java.util.List;

import fr.deciderensemble.trophees.booklet.Booklet;
import fr.deciderensemble.trophees.contributors.EditionOrganisation;
import fr.deciderensemble.trophees.contributors.JuryEntry;
import fr.deciderensemble.trophees.contributors.JuryMember;
import fr.deciderensemble.trophees.contributors.OrganisationEntry;
import fr.deciderensemble.trophees.edition.DocumentsChanged;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.palmares.Laureate;
import fr.deciderensemble.trophees.palmares.LaureateText;
import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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

    @Inject
    private Event<DocumentsChanged> documentsChanged;

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
            Booklet.JuryMember member = published.jury().get(i);
            em.persist(new JuryMember(edition, i, new JuryEntry(member.name(), member.president(), member.position(),
                    member.organisation(), member.biography())));
        }
        for (int i = 0; i < published.laureates().size(); i++) {
            em.persist(laureate(edition, i, published.laureates().get(i)));
        }
        // Published from the start: its booklet is built and stored once this commits.
        documentsChanged.fire(new DocumentsChanged(edition.getId()));
        return edition;
    }

    private void store(Edition edition, EditionOrganisation.Kind kind, List<Booklet.Organisation> organisations) {
        for (int i = 0; i < organisations.size(); i++) {
            Booklet.Organisation organisation = organisations.get(i);
            em.persist(new EditionOrganisation(edition, i,
                    new OrganisationEntry(kind, organisation.name(), organisation.description())));
        }
    }

    private static Laureate laureate(Edition edition, int position, Booklet.Laureate printed) {
        return new Laureate(edition, position, printed.recognition(), printed.recognitionTitle(), new LaureateText(printed.title(),
                printed.holder(), printed.departments(), printed.partnerNote(), printed.approach(),
                printed.objectives(), printed.targetAudience(),
                printed.steps().stream().map(step -> new LaureateText.Step(step.title(), step.text())).toList(),
                printed.focus() == null ? null : printed.focus().heading(),
                printed.focus() == null ? null : printed.focus().text(), printed.results()));
    }
}
