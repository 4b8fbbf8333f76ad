package fr.deciderensemble.trophees.platform;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Payara Micro serves {@code GET /health}; this check makes it answer 200 only once the application is ready
 * ({@link fr.deciderensemble.trophees.platform.Readiness}) and while the database and the process engine answer,
 * and 503 with the reason otherwise.
 */
@Readiness
@ApplicationScoped
public class Health implements HealthCheck {

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private fr.deciderensemble.trophees.platform.Readiness readiness;

    @Inject
    private Instance<ProcessEngine> engine;

    @Override
    public HealthCheckResponse call() {
        if (!readiness.isReady()) {
            return HealthCheckResponse.named("trophees").down().withData("reason", readiness.reason()).build();
        }
        String database = databaseProblem();
        boolean process = database == null && engineAnswers();
        return HealthCheckResponse.named("trophees")
                .status(database == null && process)
                .withData("database", database == null)
                .withData("engine", process)
                .withData("reason", database != null ? "database unreachable: " + database
                        : process ? "" : "process engine does not answer")
                .build();
    }

    /** What is wrong with the database, or null when it answers. */
    private String databaseProblem() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) ? null : "no answer within 2 s";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private boolean engineAnswers() {
        try {
            engine.get().getManagementService().getProperties();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
