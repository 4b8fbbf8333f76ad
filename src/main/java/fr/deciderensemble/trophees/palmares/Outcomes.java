package fr.deciderensemble.trophees.palmares;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** What a candidate may know of their dossiers' fate: two queries, their dossiers and the laureates they became. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Outcomes {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Dossiers dossiers;

    public List<Outcome> of(Account candidate) {
        List<Dossier> own = dossiers.of(candidate);
        Map<Long, Laureate> laureates = em.createNamedQuery("Laureate.ofCandidate", Laureate.class)
                .setParameter("candidate", candidate).getResultList().stream()
                .collect(Collectors.toMap(laureate -> laureate.getDossier().getId(), Function.identity()));
        return own.stream().map(dossier -> Outcome.of(dossier, laureates.get(dossier.getId()))).toList();
    }

    /** One dossier of the candidate's, or a 404 refusal as {@link Dossiers#own} answers. */
    public Outcome of(long dossierId, Account candidate) {
        Dossier dossier = dossiers.own(dossierId, candidate);
        List<Laureate> laureate = em.createNamedQuery("Laureate.ofDossier", Laureate.class)
                .setParameter("dossier", dossier).getResultList();
        return Outcome.of(dossier, laureate.isEmpty() ? null : laureate.get(0));
    }
}
