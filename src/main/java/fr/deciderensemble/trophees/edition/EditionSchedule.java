package fr.deciderensemble.trophees.edition;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.function.Function;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.deciderensemble.trophees.platform.ParisTime;
import fr.deciderensemble.trophees.platform.ProcessDelegate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Gives the edition process (as {@code schedule}) the dates of its timers, read fresh each time. */
@ApplicationScoped
@Named("schedule")
@ProcessDelegate
@Transactional(Transactional.TxType.MANDATORY)
public class EditionSchedule {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "trophees.retention", defaultValue = "P2Y")
    String retention;

    public Date submissionDeadline(Long editionId) {
        return date(editionId, Edition::getSubmissionDeadline);
    }

    public Date scoringDeadline(Long editionId) {
        return date(editionId, Edition::getScoringDeadline);
    }

    /** When the jurors behind are first reminded: the edition's days before the scoring deadline. */
    public Date firstScoringReminder(Long editionId) {
        Edition edition = em.find(Edition.class, editionId);
        return reminder(edition, edition.jurySettings().firstReminderDays());
    }

    public Date lastScoringReminder(Long editionId) {
        Edition edition = em.find(Edition.class, editionId);
        return reminder(edition, edition.jurySettings().lastReminderDays());
    }

    /**
     * The reminders' dates as the model's versions before jury settings asked for them (days written in the model):
     * editions whose scoring had not opened before this release still run those versions.
     */
    public Date scoringReminder(Long editionId, int daysBefore) {
        return reminder(em.find(Edition.class, editionId), daysBefore);
    }

    private static Date reminder(Edition edition, int daysBefore) {
        return Date.from(edition.getScoringDeadline().toInstant().minus(Duration.ofDays(daysBefore)));
    }

    /**
     * When the dossiers the jury did not award are erased: the retention period (TROPHEES_RETENTION, an ISO-8601
     * period, two years unless set) after now, the edition's close, when the process asks.
     */
    public Date retentionEnds(Long editionId) {
        return Date.from(ZonedDateTime.now(ParisTime.ZONE).plus(Period.parse(retention)).toInstant());
    }

    public Date ceremony(Long editionId) {
        return date(editionId, Edition::getCeremonyAt);
    }

    private Date date(Long editionId, Function<Edition, OffsetDateTime> which) {
        return Date.from(which.apply(em.find(Edition.class, editionId)).toInstant());
    }
}
