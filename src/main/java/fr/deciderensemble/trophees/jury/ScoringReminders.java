package fr.deciderensemble.trophees.jury;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import fr.deciderensemble.trophees.account.Language;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.notification.Outbox;
import fr.deciderensemble.trophees.notification.Recipient;
import fr.deciderensemble.trophees.platform.ParisTime;
import fr.deciderensemble.trophees.platform.ProcessDelegate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Called by the edition process (as {@code scoringReminders}) some days before the scoring deadline: each juror who
 * still has unsent sheets gets one mail listing those dossiers; a juror with none gets nothing.
 */
@ApplicationScoped
@Named("scoringReminders")
@ProcessDelegate
@Transactional(Transactional.TxType.MANDATORY)
public class ScoringReminders {

    /**
     * A reminder whose date had long passed when its timer ran (scoring opened after it, or the application was
     * down) is not sent: two reminders at the opening of a short scoring period would be noise.
     */
    static final Duration LATE = Duration.ofHours(12);
    private static final Logger LOG = Logger.getLogger(ScoringReminders.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Outbox outbox;

    public void sendFirst(Long editionId) {
        Edition edition = em.find(Edition.class, editionId);
        send(edition, edition.jurySettings().firstReminderDays());
    }

    public void sendLast(Long editionId) {
        Edition edition = em.find(Edition.class, editionId);
        send(edition, edition.jurySettings().lastReminderDays());
    }

    /** As the model's versions before jury settings call it, with the days they carry: see sendFirst. */
    public void send(Long editionId, int daysBefore) {
        send(em.find(Edition.class, editionId), daysBefore);
    }

    private void send(Edition edition, int daysBefore) {
        Instant due = edition.getScoringDeadline().toInstant().minus(Duration.ofDays(daysBefore));
        if (tooLate(due, Instant.now())) {
            LOG.info(() -> "Scoring reminder " + daysBefore + " days before the deadline of " + edition.getYear()
                    + " not sent: its date has passed");
            return;
        }
        List<Sheet> sheets = em.createNamedQuery("Assignment.sheetsOfEdition", Object[].class)
                .setParameter("edition", edition).getResultStream()
                .map(row -> new Sheet((Long) row[0],
                        new Recipient((String) row[1], Language.of((String) row[2]).locale()), (String) row[3],
                        (String) row[4], row[5] != null))
                .toList();
        reminders(sheets).forEach(reminder -> outbox.send(reminder.to(), "mail.reminder.subject",
                "mail.reminder.body", reminder.name(), edition.getYear(),
                reminder.titles().stream().map(title -> "– " + title).collect(Collectors.joining("\n")),
                ParisTime.text(edition.getScoringDeadline(), reminder.to().locale()), reminder.titles().size()));
    }

    /** One juror's sheet on one dossier, sent or not. */
    public record Sheet(long juror, Recipient to, String name, String title, boolean sent) {
    }

    /** One mail: to whom, and the dossiers whose sheets they have not sent. */
    public record Reminder(Recipient to, String name, List<String> titles) {
    }

    /**
     * One reminder per juror with unsent sheets, in the order they come; a juror with none gets none. The process
     * tests run it as the timers fire, with the sheets as they stand then.
     */
    public static List<Reminder> reminders(List<Sheet> sheets) {
        Map<Long, List<Sheet>> unsent = sheets.stream().filter(sheet -> !sheet.sent())
                .collect(Collectors.groupingBy(Sheet::juror, LinkedHashMap::new, Collectors.toList()));
        return unsent.values().stream().map(own -> new Reminder(own.get(0).to(), own.get(0).name(),
                own.stream().map(Sheet::title).toList())).toList();
    }

    static boolean tooLate(Instant due, Instant now) {
        return now.isAfter(due.plus(LATE));
    }
}
