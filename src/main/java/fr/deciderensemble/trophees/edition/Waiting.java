package fr.deciderensemble.trophees.edition;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an edition's process waits for now, as the engine says: its open user tasks, the messages it would accept
 * and its timers with their due dates. Pages show their buttons and services guard their actions with it, so
 * that what may happen is decided once, by the model.
 */
public record Waiting(boolean started, Set<String> tasks, Set<String> messages, Map<String, Instant> timers)
        implements Serializable {

    /** An edition whose process has not started: only its call may be opened. */
    public static final Waiting NOT_STARTED = new Waiting(false, Set.of(), Set.of(), Map.of());

    /** A past edition imported as published: it was run elsewhere, and waits for nothing here. */
    public static final Waiting NOTHING = new Waiting(true, Set.of(), Set.of(), Map.of());

    public Waiting {
        tasks = Set.copyOf(tasks);
        messages = Set.copyOf(messages);
        timers = Map.copyOf(timers);
    }

    /** The step the process will take by itself next, if it waits on a timer: its activity and when. */
    public Optional<Timer> nextTimer() {
        return timers.entrySet().stream().min(Map.Entry.comparingByValue())
                .map(timer -> new Timer(timer.getKey(), timer.getValue().atOffset(ZoneOffset.UTC)));
    }

    /** A timer of the process: the id of the event it starts (e.g. submissionDeadlineReached) and its due date. */
    public record Timer(String activity, OffsetDateTime due) implements Serializable {
    }

    public boolean forCallToOpen() {
        return !started;
    }

    /** Candidates may submit until staff or the deadline close submissions. */
    public boolean forSubmissions() {
        return messages.contains(EditionProcess.CLOSE_SUBMISSIONS);
    }

    public boolean forDeadlineExtension() {
        return messages.contains(EditionProcess.EXTEND_DEADLINE);
    }

    public boolean forAdmissibility() {
        return tasks.contains(EditionProcess.REVIEW_ADMISSIBILITY);
    }

    public boolean forScores() {
        return tasks.contains(EditionProcess.SCORE_DOSSIERS);
    }

    /** Staff assign jurors while reviewing admissibility and during scoring. */
    public boolean forAssignments() {
        return forAdmissibility() || forScores();
    }

    /**
     * The jury's settings hold until scoring opens: the reminders' timers are set then, and the assignment is
     * made before.
     */
    public boolean forJurySettings() {
        return !started || forSubmissions() || forAdmissibility();
    }

    public boolean forDeliberation() {
        return tasks.contains(EditionProcess.DELIBERATE);
    }

    /** Until the results are published, staff may take a locked deliberation back to the jury. */
    public boolean forDeliberationReopening() {
        return messages.contains(EditionProcess.REOPEN_DELIBERATION);
    }

    public boolean forCeremony() {
        return messages.contains(EditionProcess.PUBLISH_RESULTS);
    }

    public boolean forClosing() {
        return tasks.contains(EditionProcess.CLOSE_EDITION);
    }
}
