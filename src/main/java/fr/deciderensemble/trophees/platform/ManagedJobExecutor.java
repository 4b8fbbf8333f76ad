package fr.deciderensemble.trophees.platform;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;

/**
 * Runs the engine's jobs (timers) on the server's managed threads, so that delegates reached
 * from a timer see the same container services (CDI, JPA, JTA) as a staff action does.
 */
class ManagedJobExecutor extends JobExecutor {

    private final ManagedExecutorService executor;
    private final ManagedThreadFactory threads;

    ManagedJobExecutor(ManagedExecutorService executor, ManagedThreadFactory threads) {
        this.executor = executor;
        this.threads = threads;
    }

    @Override
    protected void startExecutingJobs() {
        jobAcquisitionThread = threads.newThread(acquireJobsRunnable);
        jobAcquisitionThread.start();
    }

    @Override
    protected void stopExecutingJobs() {
        stopJobAcquisitionThread();
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        try {
            executor.execute(getExecuteJobsRunnable(jobIds, processEngine));
        } catch (RejectedExecutionException e) {
            logRejectedExecution(processEngine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
        }
    }
}
