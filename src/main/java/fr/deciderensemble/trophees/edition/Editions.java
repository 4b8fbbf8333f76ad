package fr.deciderensemble.trophees.edition;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Staff's actions on editions. Each action and the process step it triggers share one transaction. */
@ApplicationScoped
@Transactional
public class Editions {

    public static final int FIRST_YEAR = 2016;
    public static final int LAST_YEAR = 2100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EditionProcess process;

    @Inject
    private Event<DocumentsChanged> documentsChanged;

    public List<Edition> all() {
        return em.createNamedQuery("Edition.all", Edition.class).getResultList();
    }

    /** The editions whose results anybody may see, the latest first. */
    public List<Edition> published() {
        return all().stream().filter(Edition::resultsArePublic).toList();
    }

    public Optional<Edition> byYear(int year) {
        return em.createNamedQuery("Edition.byYear", Edition.class).setParameter("year", year)
                .getResultStream().findFirst();
    }

    public Edition find(long id) {
        Edition edition = em.find(Edition.class, id);
        if (edition == null) {
            throw Refusal.notFound();
        }
        return edition;
    }

    /** The edition candidates can apply to now, if any. */
    public Optional<Edition> openForSubmissions() {
        OffsetDateTime now = OffsetDateTime.now();
        return em.createNamedQuery("Edition.inPhase", Edition.class)
                .setParameter("phase", EditionPhase.SUBMISSION).getResultStream()
                .filter(e -> e.acceptsSubmissions(now)).findFirst();
    }

    public Edition create(int year, EditionDates dates) {
        // Every problem at once: staff fix the form in one go.
        List<String> problems = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add("edition.year.outOfRange");
        }
        problems.addAll(dates.problems());
        if (!problems.isEmpty()) {
            throw new Refusal(400, problems);
        }
        if (byYear(year).isPresent()) {
            throw new Refusal(409, "edition.year.taken");
        }
        Edition edition = new Edition(year, dates);
        em.persist(edition);
        return edition;
    }

    /** The edition in deliberation, if one is: the president's page shows it. */
    public Optional<Edition> deliberating() {
        return em.createNamedQuery("Edition.inPhase", Edition.class).setParameter("phase", EditionPhase.DELIBERATION)
                .getResultStream().findFirst();
    }

    /** Editions run here whose awards are settled: those whose laureates' texts must exist. */
    public List<Edition> withSettledAwards() {
        return em.createNamedQuery("Edition.withSettledAwards", Edition.class)
                .setParameter("phases",
                        Arrays.stream(EditionPhase.values()).filter(EditionPhase::awardsAreSettled).toList())
                .getResultList();
    }

    /** Opens the call for applications: this starts the edition's process. */
    public void openCall(long id) {
        Edition edition = locked(id);
        if (!process.waitingFor(edition).forCallToOpen()) {
            throw new Refusal(409, "edition.process.notWaiting");
        }
        if (!edition.getSubmissionDeadline().isAfter(OffsetDateTime.now())) {
            throw new Refusal("edition.dates.deadlinePassed");
        }
        edition.started(process.start(edition.getId(), edition.getYear()));
    }

    public void extendDeadline(long id, OffsetDateTime deadline) {
        Edition edition = locked(id);
        EditionDates dates = edition.dates();
        if (deadline == null || !deadline.isAfter(dates.submissionDeadline())) {
            throw new Refusal("edition.dates.extensionNotLater");
        }
        EditionDates extended = new EditionDates(dates.callOpensAt(), deadline, dates.scoringDeadline(),
                dates.ceremonyAt());
        List<String> problems = extended.problems();
        if (!problems.isEmpty()) {
            throw new Refusal(400, problems);
        }
        edition.reschedule(extended);
        process.signal(edition.getProcessInstanceId(), EditionProcess.EXTEND_DEADLINE);
    }

    public void configureJury(long id, JurySettings settings) {
        Edition edition = locked(id);
        if (!process.waitingFor(edition).forJurySettings()) {
            throw new Refusal(409, "edition.jury.settingsClosed");
        }
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new Refusal(400, problems);
        }
        edition.configureJury(settings);
    }

    public void closeSubmissions(long id) {
        process.signal(locked(id).getProcessInstanceId(), EditionProcess.CLOSE_SUBMISSIONS);
    }

    public void finishAdmissibility(long id) {
        process.complete(locked(id).getProcessInstanceId(), EditionProcess.REVIEW_ADMISSIBILITY);
    }

    public void closeScoring(long id) {
        process.complete(locked(id).getProcessInstanceId(), EditionProcess.SCORE_DOSSIERS);
    }

    public void finishDeliberation(long id) {
        process.complete(locked(id).getProcessInstanceId(), EditionProcess.DELIBERATE);
    }

    public void reopenDeliberation(long id) {
        process.signal(locked(id).getProcessInstanceId(), EditionProcess.REOPEN_DELIBERATION);
    }

    /** The ceremony step: results, palmarès and booklet go public. */
    public void publish(long id) {
        process.signal(locked(id).getProcessInstanceId(), EditionProcess.PUBLISH_RESULTS);
    }

    public void close(long id) {
        process.complete(locked(id).getProcessInstanceId(), EditionProcess.CLOSE_EDITION);
    }

    /**
     * Something the edition's documents print has changed: once this commits, a published booklet is built and stored
     * again.
     * One update of the edition's row, in the caller's transaction, so that the change and this count commit together.
     * In SQL, because a JPQL update would also increment the edition's optimistic-lock version, under the feet of
     * a caller that holds the edition (a phase change).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void documentsChanged(long editionId) {
        em.createNativeQuery("update edition set documents_version = documents_version + 1 where id = ?")
                .setParameter(1, editionId).executeUpdate();
        documentsChanged.fire(new DocumentsChanged(editionId));
    }

    /** Serialises staff actions on one edition, so that two clicks cannot both move it on. */
    private Edition locked(long id) {
        Edition edition = em.find(Edition.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (edition == null) {
            throw Refusal.notFound();
        }
        return edition;
    }
}
