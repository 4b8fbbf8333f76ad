package fr.deciderensemble.trophees.platform;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
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

    private PreparedConfiguration configuration;
    private ProcessEngine engine;

    /**
     * Reads the engine's configuration and its SQL mappings, the longest part of its start, which needs the
     * database to answer but not its schema: {@link Readiness} runs it while the schema migrates.
     */
    public void prepare() {
        if (configuration != null) {
            return;
        }
        PreparedConfiguration prepared = new PreparedConfiguration();
        prepared.setProcessEngineName("trophees");
        prepared.setDataSource(dataSource);
        prepared.setTransactionManager(transactionManager);
        prepared.setTransactionsExternallyManaged(true);
        // The schema belongs to the Flyway migrations; the engine only checks it.
        prepared.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        prepared.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        // BPMN only: no decision tables, no cases (their engines' libraries are not even packaged).
        prepared.setDmnEnabled(false);
        // The engine still sets up a FEEL engine for decisions: the small Java one, not the Scala one left out.
        prepared.setDmnFeelEnableLegacyBehavior(true);
        prepared.setCmmnEnabled(false);
        prepared.setJobExecutor(new ManagedJobExecutor(executor, threads));
        prepared.setJobExecutorActivate(true);
        prepared.setBeans(delegatesByName());
        prepared.prepare();
        configuration = prepared;
    }

    public void start(@Observes DatabaseReady ready) {
        if (engine != null) {
            return;
        }
        prepare();
        ProcessEngine started = configuration.build();
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

    /**
     * Camunda's own {@code buildProcessEngine()} in its two halves: reading the configuration, then starting on the
     * schema, which it checks.
     */
    static class PreparedConfiguration extends JakartaTransactionProcessEngineConfiguration {

        void prepare() {
            init();
        }

        ProcessEngine build() {
            processEngine = new ProcessEngineImpl(this);
            invokePostProcessEngineBuild(processEngine);
            return processEngine;
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
