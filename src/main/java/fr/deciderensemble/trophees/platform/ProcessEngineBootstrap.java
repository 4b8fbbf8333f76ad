package fr.deciderensemble.trophees.platform;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;

/**
 * Starts the embedded Camunda engine on the application's datasource and JTA transaction
 * manager, so that a domain change and the process step it triggers commit together. It starts
 * once the database is ready, which may be after the application is up.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProcessEngineBootstrap {

    static final String MODEL = "bpmn/trophees-edition.bpmn";

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Resource(lookup = "java:appserver/TransactionManager")
    private TransactionManager transactionManager;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    @ProcessDelegate
    private Instance<Object> delegates;

    private ProcessEngine engine;

    public void start(@Observes DatabaseReady ready) {
        if (engine != null) {
            return;
        }
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("trophees");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        // The schema belongs to the Flyway migrations; the engine only checks it.
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        // BPMN only: no decision tables, no cases (their engines' libraries are not even packaged).
        configuration.setDmnEnabled(false);
        // The engine still sets up a FEEL engine for decisions: the small Java one, not the Scala one left out.
        configuration.setDmnFeelEnableLegacyBehavior(true);
        configuration.setCmmnEnabled(false);
        configuration.setJobExecutor(new ManagedJobExecutor(executor, threads));
        configuration.setJobExecutorActivate(true);
        configuration.setBeans(delegatesByName());
        ProcessEngine started = configuration.buildProcessEngine();
        started.getRepositoryService().createDeployment()
                .name("trophees")
                .enableDuplicateFiltering(true)
                .addClasspathResource(MODEL)
                .deploy();
        engine = started;
    }

    private Map<Object, Object> delegatesByName() {
        Map<Object, Object> beans = new HashMap<>();
        for (Instance.Handle<Object> delegate : delegates.handles()) {
            beans.put(delegate.getBean().getName(), delegate.get());
        }
        return beans;
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    /** The engine, once the database is ready; the application answers 503 until then. */
    @Produces
    public ProcessEngine engine() {
        if (engine == null) {
            throw new IllegalStateException("The process engine starts once the database is ready");
        }
        return engine;
    }
}
