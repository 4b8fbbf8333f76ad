package fr.deciderensemble.trophees.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Brings the application up whatever the database is doing: during deployment it migrates the schema and fires
 * {@link DatabaseReady}; if the database does not answer, the application deploys anyway and tries again every few
 * seconds until that works. Its state is read by every request (EJB singleton, no container lock). Until then pages and the API
 * answer 503 and {@code /health} says why; one log line says the database is out of reach, another that it is back.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Readiness {

    static final int RETRY_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(Readiness.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    /** Not the scheduler, whose one thread runs the attempt that waits for this. */
    @Resource
    private ManagedExecutorService executor;

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Database database;

    @Inject
    private ProcessEngineBootstrap engine;

    @Inject
    private Event<DatabaseReady> databaseReady;

    /** Why the application is not ready yet, in English like the rest of the health check; null once it is. */
    private volatile String notReady = "starting";
    private volatile boolean failedBefore;

    private Future<?> firstAttempt;

    /**
     * The first attempt starts with the EJB container, on a thread of its own: the migrations and the process
     * engine take seconds, which the web container's own start (Faces, PrimeFaces) shares.
     */
    @PostConstruct
    void begin() {
        firstAttempt = scheduler.submit(this::attempt);
    }

    /** The first attempt ends before the deployment does: with the database up, the application is ready when deployed. */
    public void awaitFirstAttempt(@Observes @Initialized(ApplicationScoped.class) Object deployed)
            throws InterruptedException, ExecutionException {
        firstAttempt.get();
    }

    public boolean isReady() {
        return notReady == null;
    }

    /** Why not ready, in a few words for the health check; empty once ready. */
    public String reason() {
        String reason = notReady;
        return reason == null ? "" : reason;
    }

    /** Whether the database answers right now, for an error page to tell a passing outage from a fault. */
    public boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private void attempt() {
        try (Connection connection = dataSource.getConnection()) {
            // Reached first without the migrations, whose failures, if it answers, are real and loud.
            connection.isValid(5);
        } catch (SQLException unreachable) {
            notYet(unreachable);
            return;
        }
        try {
            long start = System.nanoTime();
            // The engine reads its mappings on a second thread meanwhile: the two are most of the start.
            Future<?> engineRead = executor.submit(engine::prepare);
            database.migrate();
            await(engineRead);
            long migrated = System.nanoTime();
            databaseReady.fire(new DatabaseReady());
            notReady = null;
            LOG.info(String.format("%s (schema and engine configuration %d ms, engine and first accounts %d ms).",
                    failedBefore ? "The database answers again: the application is ready" : "The application is ready",
                    (migrated - start) / 1_000_000, (System.nanoTime() - migrated) / 1_000_000));
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "The application could not start on its database; it tries again in "
                    + RETRY_SECONDS + " s", failure);
            notReady = "not started: " + rootMessage(failure);
            scheduler.schedule(this::attempt, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static void await(Future<?> work) {
        try {
            work.get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the process engine was read", interrupted);
        }
    }

    private void notYet(SQLException unreachable) {
        notReady = "database unreachable: " + rootMessage(unreachable);
        if (!failedBefore) {
            LOG.warning("The database does not answer (" + rootMessage(unreachable) + "): the application is up,"
                    + " answers 503 and tries again every " + RETRY_SECONDS + " s.");
            failedBefore = true;
        } else {
            LOG.log(Level.FINE, "The database still does not answer", unreachable);
        }
        scheduler.schedule(this::attempt, RETRY_SECONDS, TimeUnit.SECONDS);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
