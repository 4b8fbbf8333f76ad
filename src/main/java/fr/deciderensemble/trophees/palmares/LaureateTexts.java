package fr.deciderensemble.trophees.palmares;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import fr.deciderensemble.trophees.candidacy.Attachments;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.edition.AwardsSettled;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.jury.Decision;
import fr.deciderensemble.trophees.jury.Jury;
import fr.deciderensemble.trophees.media.FileStore;
import fr.deciderensemble.trophees.media.LogoStore;
import fr.deciderensemble.trophees.platform.DatabaseReady;
import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    @Inject
    private Jury jury;

    @Inject
    private Attachments attachments;

    @Inject
    private FileStore files;

    @Inject
    private LogoStore logos;

    /**
     * The edition's laureates in booklet order: those stored once the deliberation is over; before, copies of
     * the dossiers the jury favours, shown but not stored, as it may still change its mind. Reading writes nothing.
     */
    public List<Laureate> of(Edition edition) {
        return isFinal(edition) ? stored(edition) : copies(edition);
    }

    /**
     * The booklet's texts start as copies of the awarded dossiers, ready for staff to edit: stored by the process
     * step that ends the deliberation, in its transaction, so that a step replayed cannot copy twice. When the jury
     * settles again after a reopened deliberation, texts follow its new decisions: a dossier newly awarded is
     * copied, one no longer awarded is dropped, and the others keep staff's edits under their new recognition.
     */
    void copyWhenSettled(@Observes AwardsSettled settled) {
        Edition edition = em.find(Edition.class, settled.editionId());
        Map<Dossier, Laureate> stored = em.createNamedQuery("Laureate.ofEditionWithDossiers", Laureate.class)
                .setParameter("edition", edition).getResultStream()
                .collect(Collectors.toMap(Laureate::getDossier, Function.identity()));
        List<Decision> awarded = jury.awarded(edition);
        boolean changed = false;
        for (int position = 0; position < awarded.size(); position++) {
            Decision decision = awarded.get(position);
            Laureate laureate = stored.remove(decision.getDossier());
            if (laureate == null) {
                laureate = Laureate.copyOf(decision, position);
                em.persist(laureate);
                showCandidatesLogo(laureate, decision.getDossier());
                changed = true;
            } else {
                changed |= laureate.follow(decision, position);
            }
        }
        stored.values().forEach(this::drop);
        if (changed || !stored.isEmpty()) {
            editions.documentsChanged(edition.getId());
        }
    }

    /** The booklet prints the logo the candidate gave with the dossier, until staff give another. */
    private void showCandidatesLogo(Laureate laureate, Dossier dossier) {
        attachments.logoOf(dossier)
                .ifPresent(file -> laureate.showLogo(logos.store(file.getMediaType(), files.bytes(file.getId()))));
    }

    /** A dossier no longer awarded leaves the booklet, with the logo printed beside it. */
    private void drop(Laureate laureate) {
        em.remove(laureate);
        logos.forget(laureate.getLogoId());
    }

    /** Editions whose deliberation ended before texts were copied then (earlier releases copied them on a read). */
    void copyMissingAtStart(@Observes DatabaseReady ready) {
        editions.withSettledAwards().forEach(edition -> copyWhenSettled(new AwardsSettled(edition.getId())));
    }

    /** Whether the laureates' texts may be edited: only once the jury's awards are settled. */
    public static boolean isFinal(Edition edition) {
        return edition.awardsAreSettled();
    }

    private List<Laureate> copies(Edition edition) {
        List<Decision> awarded = jury.awarded(edition);
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
