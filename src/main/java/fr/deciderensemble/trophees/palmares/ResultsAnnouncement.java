package fr.deciderensemble.trophees.palmares;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.candidacy.Admissibility;
import fr.deciderensemble.trophees.candidacy.CoEditors;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.notification.Outbox;
import fr.deciderensemble.trophees.notification.Recipient;
import fr.deciderensemble.trophees.platform.ProcessDelegate;
import fr.deciderensemble.trophees.platform.SiteAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Called by the edition process (as {@code resultsAnnouncement}) right after the results are published: every
 * candidate of a submitted dossier, and each colleague who wrote it with them, learns its fate by mail, in their language, a laureate with their recognition and
 * the booklet's link, the others with thanks. In the process's transaction: published and announced together.
 */
@ApplicationScoped
@Named("resultsAnnouncement")
@ProcessDelegate
@Transactional(Transactional.TxType.MANDATORY)
public class ResultsAnnouncement {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Dossiers dossiers;

    @Inject
    private CoEditors coEditors;

    @Inject
    private Outbox outbox;

    @Inject
    private SiteAddress siteAddress;

    public void send(Long editionId) {
        Edition edition = em.find(Edition.class, editionId);
        Map<Long, Laureate> laureates = em.createNamedQuery("Laureate.ofEditionWithDossiers", Laureate.class)
                .setParameter("edition", edition).getResultStream().filter(laureate -> laureate.getDossier() != null)
                .collect(Collectors.toMap(laureate -> laureate.getDossier().getId(), Function.identity()));
        String site = siteAddress.of("");
        String results = site + "/resultats.xhtml?annee=" + edition.getYear();
        String booklet = site + "/api/editions/" + edition.getYear() + "/booklet.pdf";
        Map<Long, List<Account>> coEditors = this.coEditors.ofEdition(edition);
        for (Dossier dossier : dossiers.submitted(edition)) {
            Laureate laureate = laureates.get(dossier.getId());
            List<Account> team = new ArrayList<>(List.of(dossier.getCandidate()));
            team.addAll(coEditors.getOrDefault(dossier.getId(), List.of()));
            for (Account writer : team) {
                Recipient to = writer.recipient();
                if (dossier.getAdmissibility() == Admissibility.INADMISSIBLE) {
                    // The jury never saw it: thanking them for what the jury did not award would mislead.
                    outbox.send(to, "mail.results.thanks.subject", "mail.results.inadmissible.body",
                            writer.getDisplayName(), dossier.getTitle(), edition.getYear(), results);
                } else if (laureate == null) {
                    outbox.send(to, "mail.results.thanks.subject", "mail.results.thanks.body",
                            writer.getDisplayName(), dossier.getTitle(), edition.getYear(), results);
                } else {
                    outbox.send(to, "mail.results.laureate.subject", "mail.results.laureate.body",
                            writer.getDisplayName(), dossier.getTitle(), edition.getYear(),
                            recognition(laureate, to), booklet, results);
                }
            }
        }
    }

    /** "Lauréat 3 étoiles" in the recipient's language, or the title the jury gave a mention or a prize. */
    private static String recognition(Laureate laureate, Recipient to) {
        return laureate.getRecognitionTitle() != null ? laureate.getRecognitionTitle()
                : ResourceBundle.getBundle("messages", to.locale())
                        .getString("recognition." + laureate.getRecognition().name());
    }
}
