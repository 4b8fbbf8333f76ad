package fr.deciderensemble.trophees.platform;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The one datasource that JPA, Flyway and the process engine share, and its schema: every table, the engine's
 * included, is created and upgraded by versioned migrations when {@link Readiness} first reaches the database.
 * Pooled connections are checked before use ({@code Connection.isValid}), and all of them dropped when one fails,
 * so that the application works again by itself once a database that went away answers again.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "fr.deciderensemble.trophees.platform.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"})
@Singleton
public class Database {
    public static final String JNDI_NAME = "java:app/jdbc/trophees";

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void migrate() {
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new CamundaSchema())
                .load()
                .migrate();
    }
}
