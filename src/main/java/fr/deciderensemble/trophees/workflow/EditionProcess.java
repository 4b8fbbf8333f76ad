package fr.deciderensemble.trophees.workflow;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
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

    /** Looked up at each use: the engine starts after the application, once the database answers. */
    @Inject
    private Instance<ProcessEngine> engines;

    public String start(long editionId, int year) {
        return engines.get().getRuntimeService()
                .startProcessInstanceByKey(KEY, String.valueOf(year), Map.of(EDITION_ID, editionId))
                .getId();
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
