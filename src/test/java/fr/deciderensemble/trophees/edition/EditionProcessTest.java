package fr.deciderensemble.trophees.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.deciderensemble.trophees.jury.ScoringReminders;
import fr.deciderensemble.trophees.notification.Recipient;

/**
 * Runs the edition model through each of its paths, with the phases and schedule beans faked, and checks
 * the phases the edition goes through: that is what staff and candidates see of the process.
 */
@Deployment(resources = "bpmn/trophees-edition.bpmn")
class EditionProcessTest {

    private static final Long EDITION_ID = 2026L;

    private static final Instant CALL_OPENED = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant SUBMISSION_DEADLINE = Instant.parse("2026-03-31T22:00:00Z");
    private static final Instant EXTENDED_SUBMISSION_DEADLINE = Instant.parse("2026-04-15T22:00:00Z");
    private static final Instant SCORING_DEADLINE = Instant.parse("2026-05-31T22:00:00Z");
    private static final Instant WEEK_BEFORE_SCORING_DEADLINE = SCORING_DEADLINE.minus(Duration.ofDays(7));
    private static final Instant TWO_DAYS_BEFORE_SCORING_DEADLINE = SCORING_DEADLINE.minus(Duration.ofDays(2));
    private static final String FIRST_REMINDER = "first at " + WEEK_BEFORE_SCORING_DEADLINE;
    private static final String LAST_REMINDER = "last at " + TWO_DAYS_BEFORE_SCORING_DEADLINE;
    private static final Instant CEREMONY = Instant.parse("2026-06-18T16:00:00Z");
    private static final Instant RETENTION_ENDS = Instant.parse("2028-07-01T08:00:00Z");

    /** The engine looks beans up in this map at each evaluation, so each test can put fresh fakes in it. */
    private static final Map<Object, Object> BEANS = new HashMap<>();

    @RegisterExtension
    static final ProcessEngineExtension EXTENSION = ProcessEngineExtension.builder()
            .useProcessEngine(buildEngine())
            .build();

    private final RecordingPhases phases = new RecordingPhases();
    private final FakeSchedule schedule = new FakeSchedule();
    private final RecordingReminders reminders = new RecordingReminders();
    private final RecordingAnnouncement announcement = new RecordingAnnouncement(phases);
    private final RecordingRetention retention = new RecordingRetention();

    private static ProcessEngine buildEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("trophees-edition-test");
        configuration.setJdbcUrl("jdbc:h2:mem:trophees-edition-test;DB_CLOSE_DELAY=-1");
        // Timers are fired by the tests themselves, once they have moved the clock.
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(BEANS);
        // As in the application: BPMN only.
        configuration.setDmnEnabled(false);
        // The engine still sets up a FEEL engine for decisions: the small Java one, not the Scala one left out.
        configuration.setDmnFeelEnableLegacyBehavior(true);
        configuration.setCmmnEnabled(false);
        return configuration.buildProcessEngine();
    }

    @BeforeEach
    void setUp() {
        BEANS.put("phases", phases);
        BEANS.put("schedule", schedule);
        BEANS.put("scoringReminders", reminders);
        BEANS.put("resultsAnnouncement", announcement);
        BEANS.put("retention", retention);
        // Other test classes may register engines of their own in the same JVM.
        BpmnAwareTests.init(EXTENSION.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(CALL_OPENED));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @AfterAll
    static void closeEngine() {
        BpmnAwareTests.reset();
        EXTENSION.getProcessEngine().close();
    }

    @Test
    void submissionDeadlineClosesSubmissions() {
        ProcessInstance edition = startEdition();

        fireTimerDueAt(SUBMISSION_DEADLINE);

        assertThat(edition).isWaitingAtExactly("reviewAdmissibility");
        assertThat(task(edition)).hasCandidateGroup("STAFF");
        assertPhases("SUBMISSION", "ADMISSIBILITY");
    }

    @Test
    void staffClosesSubmissionsBeforeDeadline() {
        ProcessInstance edition = startEdition();

        correlate(edition, "closeSubmissions");

        assertThat(edition).isWaitingAtExactly("reviewAdmissibility");
        assertPhases("SUBMISSION", "ADMISSIBILITY");
        // The deadline timer is gone: reaching the deadline later must not close submissions again.
        assertNoPendingJob(edition);
    }

    @Test
    void extendedDeadlineClosesSubmissionsAtTheNewDateOnly() {
        ProcessInstance edition = startEdition();

        // Staff stores the new date first, then tells the process so that it re-arms its timer.
        schedule.submissionDeadline = EXTENDED_SUBMISSION_DEADLINE;
        correlate(edition, "extendDeadline");

        assertThat(edition).isWaitingAtExactly("awaitingDeadline");
        assertThat(job(edition)).hasDueDate(Date.from(EXTENDED_SUBMISSION_DEADLINE));
        ClockUtil.setCurrentTime(Date.from(SUBMISSION_DEADLINE));
        assertThat(managementService().createJobQuery().executable().count())
                .as("jobs due at the former deadline")
                .isZero();
        assertPhases("SUBMISSION");

        fireTimerDueAt(EXTENDED_SUBMISSION_DEADLINE);

        assertThat(edition).isWaitingAtExactly("reviewAdmissibility");
        assertPhases("SUBMISSION", "ADMISSIBILITY");
    }

    @Test
    void remindersComeOnTheDaysTheEditionSets() {
        schedule.firstReminderDays = 10;
        schedule.lastReminderDays = 3;
        Instant tenDaysBefore = SCORING_DEADLINE.minus(Duration.ofDays(10));
        Instant threeDaysBefore = SCORING_DEADLINE.minus(Duration.ofDays(3));
        ProcessInstance edition = startEdition();
        correlate(edition, "closeSubmissions");
        complete(task("reviewAdmissibility", edition));

        assertThat(managementService().createJobQuery().processInstanceId(edition.getId()).timers()
                .orderByJobDuedate().asc().list()).extracting(Job::getDuedate).containsExactly(
                        Date.from(tenDaysBefore), Date.from(threeDaysBefore), Date.from(SCORING_DEADLINE));
        fireTimerDueAt(tenDaysBefore);
        fireTimerDueAt(threeDaysBefore);
        assertThat(reminders.sent).containsExactly("first at " + tenDaysBefore, "last at " + threeDaysBefore);
    }

    @Test
    void eachReminderMailsTheJurorsWhoseSheetsAreUnsentThenAndNobodyElse() {
        ProcessInstance edition = startScoring();
        reminders.sheets = List.of(sheet("Alix", "Jardin partagé", false), sheet("Alix", "Budget des écoliers", true),
                sheet("Basile", "Jardin partagé", false), sheet("Chloé", "Jardin partagé", true));

        fireTimerDueAt(WEEK_BEFORE_SCORING_DEADLINE);
        reminders.sheets = List.of(sheet("Alix", "Jardin partagé", false), sheet("Alix", "Budget des écoliers", true),
                sheet("Basile", "Jardin partagé", true), sheet("Chloé", "Jardin partagé", true));
        fireTimerDueAt(TWO_DAYS_BEFORE_SCORING_DEADLINE);

        assertThat(reminders.mailed).containsExactly(
                FIRST_REMINDER + " to [Alix [Jardin partagé], Basile [Jardin partagé]]",
                LAST_REMINDER + " to [Alix [Jardin partagé]]");
    }

    private static ScoringReminders.Sheet sheet(String juror, String dossier, boolean sent) {
        return new ScoringReminders.Sheet(juror.hashCode(), new Recipient(juror.toLowerCase() + "@jury.example",
                Locale.FRENCH), juror, dossier, sent);
    }

    @Test
    void staffClosesScoring() {
        ProcessInstance edition = startScoring();

        complete(task("scoreDossiers", edition));

        assertThat(edition).isWaitingAtExactly("deliberate");
        assertThat(task(edition)).hasCandidateGroup("JURY_PRESIDENT");
        assertPhases("SUBMISSION", "ADMISSIBILITY", "SCORING", "DELIBERATION");
        assertNoPendingJob(edition);
        assertThat(reminders.sent).as("scoring ended before any reminder was due").isEmpty();
    }

    @Test
    void jurorsAreRemindedAWeekAndTwoDaysBeforeTheScoringDeadlineWhileScoringGoesOn() {
        ProcessInstance edition = startScoring();

        fireTimerDueAt(WEEK_BEFORE_SCORING_DEADLINE);
        assertThat(reminders.sent).containsExactly(FIRST_REMINDER);
        assertThat(edition).as("a reminder does not end scoring").isWaitingAtExactly("scoreDossiers");
        fireTimerDueAt(TWO_DAYS_BEFORE_SCORING_DEADLINE);
        assertThat(reminders.sent).containsExactly(FIRST_REMINDER, LAST_REMINDER);
        assertThat(edition).isWaitingAtExactly("scoreDossiers");

        complete(task("scoreDossiers", edition));
        assertThat(edition).isWaitingAtExactly("deliberate");
        assertNoPendingJob(edition);
    }

    @Test
    void scoringDeadlineClosesScoring() {
        ProcessInstance edition = startScoring();
        fireTimerDueAt(WEEK_BEFORE_SCORING_DEADLINE);
        fireTimerDueAt(TWO_DAYS_BEFORE_SCORING_DEADLINE);

        fireTimerDueAt(SCORING_DEADLINE);

        // The boundary timer interrupts: the jurors' task is withdrawn.
        assertThat(edition).isWaitingAtExactly("deliberate");
        assertPhases("SUBMISSION", "ADMISSIBILITY", "SCORING", "DELIBERATION");
    }

    @Test
    void staffReopenTheDeliberationWhichThePresidentLocksAgainBeforeTheCeremony() {
        ProcessInstance edition = startAwaitingCeremony();

        correlate(edition, "reopenDeliberation");

        assertThat(edition).isWaitingAtExactly("deliberate");
        assertThat(task(edition)).hasCandidateGroup("JURY_PRESIDENT");
        // The ceremony's timer goes with the wait: it is set again when the deliberation ends anew.
        assertNoPendingJob(edition);
        assertPhases("SUBMISSION", "ADMISSIBILITY", "SCORING", "DELIBERATION", "AWAITING_CEREMONY", "DELIBERATION");

        complete(task("deliberate", edition));

        assertThat(edition).isWaitingAtExactly("awaitingCeremony");
        assertThat(job(edition)).hasDueDate(Date.from(CEREMONY));
        fireTimerDueAt(CEREMONY);
        assertThat(edition).isWaitingAtExactly("closeEdition");
        assertPhases("SUBMISSION", "ADMISSIBILITY", "SCORING", "DELIBERATION", "AWAITING_CEREMONY", "DELIBERATION",
                "AWAITING_CEREMONY", "PUBLISHED");
    }

    @Test
    void staffPublishesResultsBeforeCeremonyThenClosesEdition() {
        ProcessInstance edition = startAwaitingCeremony();

        correlate(edition, "publishResults");

        assertThat(edition).isWaitingAtExactly("closeEdition");
        assertThat(announcement.phasesWhenSent).as("candidates are told once the results are public")
                .containsExactly("PUBLISHED");
        assertThat(task(edition)).hasCandidateGroup("STAFF");
        assertPhases("SUBMISSION", "ADMISSIBILITY", "SCORING", "DELIBERATION", "AWAITING_CEREMONY", "PUBLISHED");
        assertNoPendingJob(edition);

        complete(task("closeEdition", edition));

        assertPhases("SUBMISSION", "ADMISSIBILITY", "SCORING", "DELIBERATION", "AWAITING_CEREMONY", "PUBLISHED",
                "CLOSED");
        assertDossiersKeptUntilTheRetentionPeriodEnds(edition);
    }

    @Test
    void editionFollowsItsScheduleToTheEnd() {
        ProcessInstance edition = startEdition();

        fireTimerDueAt(SUBMISSION_DEADLINE);
        complete(task("reviewAdmissibility", edition));
        fireTimerDueAt(WEEK_BEFORE_SCORING_DEADLINE);
        fireTimerDueAt(TWO_DAYS_BEFORE_SCORING_DEADLINE);
        fireTimerDueAt(SCORING_DEADLINE);
        complete(task("deliberate", edition));
        assertThat(edition).isWaitingAtExactly("awaitingCeremony");
        assertThat(reminders.sent).containsExactly(FIRST_REMINDER, LAST_REMINDER);
        fireTimerDueAt(CEREMONY);
        assertThat(edition).isWaitingAtExactly("closeEdition");
        assertThat(announcement.phasesWhenSent).containsExactly("PUBLISHED");
        complete(task("closeEdition", edition));

        assertPhases("SUBMISSION", "ADMISSIBILITY", "SCORING", "DELIBERATION", "AWAITING_CEREMONY", "PUBLISHED",
                "CLOSED");
        assertDossiersKeptUntilTheRetentionPeriodEnds(edition);
    }

    /** A closed edition waits out the retention period, then erases the dossiers it did not award, and ends. */
    private void assertDossiersKeptUntilTheRetentionPeriodEnds(ProcessInstance edition) {
        assertThat(edition).isWaitingAtExactly("retentionPeriodOver");
        assertThat(job(edition)).hasDueDate(Date.from(RETENTION_ENDS));
        assertThat(retention.erased).isEmpty();

        fireTimerDueAt(RETENTION_ENDS);

        assertThat(retention.erased).as("once, for this edition").containsExactly(EDITION_ID);
        assertThat(edition).isEnded();
    }

    private ProcessInstance startEdition() {
        ProcessInstance edition = runtimeService().startProcessInstanceByKey("trophees-edition",
                Map.of("editionId", EDITION_ID));
        assertThat(edition).isWaitingAtExactly("awaitingDeadline");
        assertThat(job(edition)).hasDueDate(Date.from(SUBMISSION_DEADLINE));
        assertPhases("SUBMISSION");
        return edition;
    }

    /** Takes a new edition the shortest way to the jurors' scoring. */
    private ProcessInstance startScoring() {
        ProcessInstance edition = startEdition();
        correlate(edition, "closeSubmissions");
        complete(task("reviewAdmissibility", edition));
        assertThat(edition).isWaitingAtExactly("scoreDossiers");
        assertThat(task(edition)).hasCandidateGroup("STAFF");
        assertThat(managementService().createJobQuery().processInstanceId(edition.getId()).timers()
                .orderByJobDuedate().asc().list()).extracting(Job::getDuedate).containsExactly(
                        Date.from(WEEK_BEFORE_SCORING_DEADLINE), Date.from(TWO_DAYS_BEFORE_SCORING_DEADLINE),
                        Date.from(SCORING_DEADLINE));
        return edition;
    }

    /** Takes a new edition the shortest way to the wait for the ceremony. */
    private ProcessInstance startAwaitingCeremony() {
        ProcessInstance edition = startScoring();
        complete(task("scoreDossiers", edition));
        complete(task("deliberate", edition));
        assertThat(edition).isWaitingAtExactly("awaitingCeremony");
        assertThat(job(edition)).hasDueDate(Date.from(CEREMONY));
        return edition;
    }

    /** Delivers a staff action the way the application does: to the edition's own process instance. */
    private static void correlate(ProcessInstance edition, String messageName) {
        runtimeService().createMessageCorrelation(messageName)
                .processInstanceId(edition.getId())
                .correlate();
    }

    /** Moves the clock to {@code now} and runs the one timer then due, as the job executor would. */
    private static void fireTimerDueAt(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
        Job timer = managementService().createJobQuery().timers().executable().singleResult();
        assertThat(timer).as("timer due at %s", now).isNotNull();
        execute(timer);
    }

    private static void assertNoPendingJob(ProcessInstance edition) {
        assertThat(managementService().createJobQuery().processInstanceId(edition.getId()).count()).isZero();
    }

    private void assertPhases(String... expected) {
        assertThat(phases.changes)
                .containsExactly(Arrays.stream(expected)
                        .map(phase -> new PhaseChange(EDITION_ID, phase))
                        .toArray(PhaseChange[]::new));
    }

    record PhaseChange(Long editionId, String phase) {
    }

    /** Stands in for the bean that moves the edition to a phase, keeping each change in order. */
    public static final class RecordingPhases {
        private final List<PhaseChange> changes = new ArrayList<>();

        public void enter(Long editionId, String phase) {
            changes.add(new PhaseChange(editionId, phase));
        }
    }

    /** Stands in for the bean that reads the edition's dates; only the submission deadline is ever moved. */
    public static final class FakeSchedule {
        private Instant submissionDeadline = SUBMISSION_DEADLINE;

        public Date submissionDeadline(Long editionId) {
            return Date.from(submissionDeadline);
        }

        public Date scoringDeadline(Long editionId) {
            return Date.from(SCORING_DEADLINE);
        }

        /** The edition's reminder days, as staff set them; 7 and 2 unless a test says otherwise. */
        private int firstReminderDays = 7;
        private int lastReminderDays = 2;

        public Date firstScoringReminder(Long editionId) {
            return Date.from(SCORING_DEADLINE.minus(Duration.ofDays(firstReminderDays)));
        }

        public Date lastScoringReminder(Long editionId) {
            return Date.from(SCORING_DEADLINE.minus(Duration.ofDays(lastReminderDays)));
        }

        public Date ceremony(Long editionId) {
            return Date.from(CEREMONY);
        }

        public Date retentionEnds(Long editionId) {
            return Date.from(RETENTION_ENDS);
        }
    }

    /** Stands in for the erasure at the retention period's end: notes which editions it ran for. */
    public static final class RecordingRetention {
        private final List<Long> erased = new ArrayList<>();

        public void eraseUnawarded(Long editionId) {
            erased.add(editionId);
        }
    }

    /** Stands in for the bean that mails the jurors behind: keeps which reminder ran, and when. */
    /** Stands in for the results' mails: notes the phase the edition is in when they go. */
    public static final class RecordingAnnouncement {
        private final List<String> phasesWhenSent = new ArrayList<>();
        private final RecordingPhases phases;

        RecordingAnnouncement(RecordingPhases phases) {
            this.phases = phases;
        }

        public void send(Long editionId) {
            assertThat(editionId).isEqualTo(EDITION_ID);
            phasesWhenSent.add(phases.changes.get(phases.changes.size() - 1).phase());
        }
    }

    /**
     * The reminders as the timers call them: when, and, with the sheets as they stand at that moment, to whom the
     * application's own choice (ScoringReminders.reminders) sends a mail.
     */
    public static final class RecordingReminders {
        private final List<String> sent = new ArrayList<>();
        private final List<String> mailed = new ArrayList<>();
        private List<ScoringReminders.Sheet> sheets = List.of();

        public void sendFirst(Long editionId) {
            send("first", editionId);
        }

        public void sendLast(Long editionId) {
            send("last", editionId);
        }

        private void send(String which, Long editionId) {
            assertThat(editionId).isEqualTo(EDITION_ID);
            Instant now = ClockUtil.getCurrentTime().toInstant();
            sent.add(which + " at " + now);
            mailed.add(which + " at " + now + " to " + ScoringReminders.reminders(sheets).stream()
                    .map(reminder -> reminder.name() + " " + reminder.titles()).toList());
        }
    }
}
