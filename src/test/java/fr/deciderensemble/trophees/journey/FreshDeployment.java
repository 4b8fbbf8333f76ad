package fr.deciderensemble.trophees.journey;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The built application for an Arquillian test, on a PostgreSQL database created anew: the one the
 * failsafe configuration points Payara Micro at ({@code trophees.it.database}).
 */
public final class FreshDeployment {

    private FreshDeployment() {
    }

    public static WebArchive onFreshDatabase() throws SQLException {
        recreate(System.getProperty("trophees.it.database", "trophees_it"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/ROOT.war"));
    }

    /**
     * An empty PostgreSQL database of this name (suffixed like {@code trophees.it.database}, so that two checkouts on
     * one machine keep apart), for a test that starts the jar itself: its JDBC URL.
     */
    public static String freshDatabase(String purpose) throws SQLException {
        String database = System.getProperty("trophees.it.database", "trophees_it") + "_" + purpose;
        recreate(database);
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    /** The database {@link #onFreshDatabase()} deploys on, for a test that checks what was stored. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/"
                + System.getProperty("trophees.it.database", "trophees_it"), "postgres", "");
    }

    private static void recreate(String database) throws SQLException {
        String admin = System.getProperty("trophees.it.adminUrl", "jdbc:postgresql://127.0.0.1:5432/test");
        try (Connection connection = DriverManager.getConnection(admin, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
    }
}
