package fr.deciderensemble.trophees.edition;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The edition process as the domain sees it: started once per edition, moved on by messages
 * and by the completion of its user tasks. Only the edition's id travels into the engine.
 */
@ApplicationScoped
public class EditionProcess {

    public static final String KEY = "trophees-edition";
    public static final String EDITION_ID = "editionId";

    /* The model's names for what it waits on: messages, then user tasks. */
    static final String EXTEND_DEADLINE = "extendDeadline";
    static final String CLOSE_SUBMISSIONS = "closeSubmissions";
    static final String PUBLISH_RESULTS = "publishResults";
    static final String REOPEN_DELIBERATION = "reopenDeliberation";
    static final String REVIEW_ADMISSIBILITY = "reviewAdmissibility";
    static final String SCORE_DOSSIERS = "scoreDossiers";
    static final String DELIBERATE = "deliberate";
    static final String CLOSE_EDITION = "closeEdition";

    /** Looked up at each use: the engine starts after the application, once the database answers. */
    @Inject
    private Instance<ProcessEngine> engines;

    /**
     * The activity of each timer of a deployed process definition, by job definition: a deployed definition never
     * changes, so this is read once per definition, not at each page.
     */
    private final Map<String, Map<String, String>> timerActivities = new ConcurrentHashMap<>();

    public String start(long editionId, int year) {
        return engines.get().getRuntimeService()
                .startProcessInstanceByKey(KEY, String.valueOf(year), Map.of(EDITION_ID, editionId))
                .getId();
    }

    /** What the edition's process waits for now; three queries, whatever the edition holds. */
    public Waiting waitingFor(Edition edition) {
        String instance = edition.getProcessInstanceId();
        if (instance == null) {
            return edition.isImported() ? Waiting.NOTHING : Waiting.NOT_STARTED;
        }
        ProcessEngine engine = engines.get();
        Set<String> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance).list().stream()
                .map(Task::getTaskDefinitionKey).collect(Collectors.toSet());
        Set<String> messages = engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(instance)
                .eventType("message").list().stream().map(EventSubscription::getEventName)
                .collect(Collectors.toSet());
        List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance).timers().list();
        Map<String, Instant> timers = new HashMap<>();
        if (!jobs.isEmpty()) {
            Map<String, String> activities = timerActivities.computeIfAbsent(jobs.get(0).getProcessDefinitionId(),
                    definition -> engine.getManagementService().createJobDefinitionQuery()
                            .processDefinitionId(definition).list().stream()
                            .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId)));
            jobs.forEach(job -> timers.put(activities.get(job.getJobDefinitionId()), job.getDuedate().toInstant()));
        }
        return new Waiting(true, tasks, messages, timers);
    }

    /** Delivers a message the process must be waiting for, or refuses. */
    public void signal(String processInstanceId, String message) {
        boolean waiting = processInstanceId != null && engines.get().getRuntimeService().createEventSubscriptionQuery()
                .processInstanceId(processInstanceId).eventName(message).count() > 0;
        if (!waiting) {
            throw new Refusal(409, "edition.process.notWaiting");
        }
        engines.get().getRuntimeService().createMessageCorrelation(message)
                .processInstanceId(processInstanceId)
                .correlate();
    }

    /** Completes the user task the process waits on, or refuses. */
    public void complete(String processInstanceId, String taskKey) {
        Task task = processInstanceId == null ? null : engines.get().getTaskService().createTaskQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new Refusal(409, "edition.process.notWaiting");
        }
        engines.get().getTaskService().complete(task.getId());
    }
}
