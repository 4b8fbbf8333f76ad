package fr.deciderensemble.trophees.platform;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The one datasource that JPA, Flyway and the process engine share, and its schema: every
 * table, the engine's included, is created and upgraded by versioned migrations at start-up.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "fr.deciderensemble.trophees.platform.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 40)
@Startup
@Singleton
public class Database {
    public static final String JNDI_NAME = "java:app/jdbc/trophees";

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new CamundaSchema())
                .load()
                .migrate();
    }
}
