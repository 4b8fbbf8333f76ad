package fr.deciderensemble.trophees.publication;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fr.deciderensemble.trophees.dossier.Dossier;
import fr.deciderensemble.trophees.edition.Edition;
import jakarta.enterprise.context.ApplicationScoped;
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

    public List<Dossier> laureates(Edition edition) {
        return em.createNamedQuery("Dossier.laureates", Dossier.class).setParameter("edition", edition)
                .getResultList();
    }

    /** Laureates by star level, 4 first; only what the public may see. */
    public Map<Integer, List<Dossier>> palmares(Edition edition) {
        if (!edition.getPhase().resultsArePublic()) {
            return Map.of();
        }
        return laureates(edition).stream().collect(Collectors.groupingBy(Dossier::getFinalStars,
                () -> new TreeMap<>(java.util.Comparator.reverseOrder()), Collectors.toList()));
    }

    public Booklet booklet(Edition edition) {
        return new Booklet(edition.getYear(), edition.getNumber(), PROGRAMME, List.of(), List.of(), List.of(),
                List.of(), laureates(edition).stream().map(Results::laureate).toList());
    }

    private static Booklet.Laureate laureate(Dossier d) {
        List<String> departments = d.getDepartment() == null ? List.of() : List.of(d.getDepartment());
        List<Booklet.Step> steps = d.getSteps().stream().map(text -> new Booklet.Step(null, text)).toList();
        return new Booklet.Laureate(Booklet.Recognition.valueOf("STARS_" + d.getFinalStars()), d.getTitle(),
                d.getHolderName(), departments, null, d.getApproach(), d.getObjectives(), d.getTargetAudience(),
                steps, null, null, null);
    }
}
