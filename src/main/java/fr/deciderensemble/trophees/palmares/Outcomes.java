package fr.deciderensemble.trophees.palmares;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.candidacy.Attachments;
import fr.deciderensemble.trophees.candidacy.CoEditors;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.candidacy.Receipts;
import fr.deciderensemble.trophees.edition.Editions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * What a candidate may know of their dossiers' fate: two queries, their dossiers and the laureates they became; and
 * the rest that the candidate's two pages, the list and one dossier, show with it, all in one transaction so that the
 * parts of a page agree.
 */
@ApplicationScoped
@Transactional
public class Outcomes {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Dossiers dossiers;

    @Inject
    private Receipts receipts;

    @Inject
    private Attachments attachments;

    @Inject
    private CoEditors coEditors;

    @Inject
    private Editions editions;

    private List<Outcome> of(Account candidate) {
        List<Dossier> own = dossiers.of(candidate);
        Map<Long, Laureate> laureates = em.createNamedQuery("Laureate.ofCandidate", Laureate.class)
                .setParameter("candidate", candidate).getResultList().stream()
                .collect(Collectors.toMap(laureate -> laureate.getDossier().getId(), Function.identity()));
        return own.stream().map(dossier -> Outcome.of(dossier, laureates.get(dossier.getId()))).toList();
    }

    /** The candidate's list of dossiers as its page shows it. */
    public CandidateDossiers list(Account candidate) {
        return new CandidateDossiers(of(candidate), editions.openForSubmissions().orElse(null));
    }

    /** One dossier of the candidate's, or a 404 refusal as {@link Dossiers#own} answers. */
    private Outcome of(long dossierId, Account candidate) {
        Dossier dossier = dossiers.own(dossierId, candidate);
        List<Laureate> laureate = em.createNamedQuery("Laureate.ofDossier", Laureate.class)
                .setParameter("dossier", dossier).getResultList();
        return Outcome.of(dossier, laureate.isEmpty() ? null : laureate.get(0));
    }

    /** One dossier of the candidate's as its page shows it, or a 404 refusal as {@link Dossiers#own} answers. */
    public CandidateDossier page(long dossierId, Account candidate) {
        Outcome outcome = of(dossierId, candidate);
        Dossier dossier = outcome.dossier();
        boolean open = dossiers.mayChange(dossier);
        return new CandidateDossier(outcome, open, receipts.of(dossier), attachments.listing(dossier),
                open ? coEditors.of(dossier) : new CoEditors.Team(List.of(), List.of()));
    }
}
