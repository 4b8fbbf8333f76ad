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
 * Payara Micro serves {@code GET /health}; this check makes it answer 200 only once the
 * database answers and the process engine is up.
 */
@Readiness
@ApplicationScoped
public class Health implements HealthCheck {

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Instance<ProcessEngine> engine;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        boolean process = database && engineAnswers();
        return HealthCheckResponse.named("trophees")
                .status(database && process)
                .withData("database", database)
                .withData("engine", process)
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
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
