package fr.deciderensemble.trophees.palmares;

import java.util.List;
import java.util.stream.IntStream;

import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.edition.ResultsPublished;
import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The laureates' booklet texts: for an edition run here, copied from the dossiers once, then staff's to edit. */
@ApplicationScoped
@Transactional
public class LaureateTexts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Editions editions;

    /**
     * The edition's laureates in booklet order. Once the deliberation is over, the first call stores
     * copies of the awarded dossiers; before, copies are only shown, as the jury may still change its mind.
     */
    public List<Laureate> of(Edition edition) {
        List<Laureate> laureates = stored(edition);
        if (!laureates.isEmpty() || edition.isImported()) {
            return laureates;
        }
        if (!isFinal(edition)) {
            return copies(edition);
        }
        // Locks the edition, so that two first visits cannot copy the dossiers twice.
        em.lock(em.merge(edition), LockModeType.PESSIMISTIC_WRITE);
        laureates = stored(edition);
        if (!laureates.isEmpty()) {
            return laureates;
        }
        copies(edition).forEach(em::persist);
        editions.documentsChanged(edition.getId());
        return stored(edition);
    }

    /** The booklet's texts start as copies of the awarded dossiers, ready for staff to edit. */
    void copyOnPublication(@Observes ResultsPublished published) {
        of(em.find(Edition.class, published.editionId()));
    }

    /** Whether the laureates' texts may be edited: only once the jury's awards are settled. */
    public static boolean isFinal(Edition edition) {
        return edition.awardsAreSettled();
    }

    private List<Laureate> copies(Edition edition) {
        List<Dossier> awarded = em.createNamedQuery("Dossier.laureates", Dossier.class)
                .setParameter("edition", edition).getResultList();
        return IntStream.range(0, awarded.size()).mapToObj(i -> Laureate.copyOf(awarded.get(i), i)).toList();
    }

    public Laureate find(long id) {
        Laureate laureate = em.find(Laureate.class, id);
        if (laureate == null) {
            throw Refusal.notFound();
        }
        return laureate;
    }

    public void rewrite(long id, LaureateText text) {
        List<String> problems = text.problems();
        if (!problems.isEmpty()) {
            throw new Refusal(400, problems);
        }
        Laureate laureate = find(id);
        laureate.rewrite(text);
        editions.documentsChanged(laureate.getEditionId());
    }

    private List<Laureate> stored(Edition edition) {
        return em.createNamedQuery("Laureate.ofEdition", Laureate.class).setParameter("edition", edition)
                .getResultList();
    }
}
