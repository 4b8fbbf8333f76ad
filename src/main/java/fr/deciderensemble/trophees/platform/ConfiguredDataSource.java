package fr.deciderensemble.trophees.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The driver's own DataSource for the database the environment names. The server pools its
 * connections; this class only decides, once, which driver opens them.
 */
public class ConfiguredDataSource implements DataSource {

    private final DataSource driver;
    private final boolean countStatements;

    public ConfiguredDataSource() {
        DatabaseSettings settings = DatabaseSettings.from(System.getenv());
        countStatements = settings.countStatements();
        if (settings.postgres()) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(settings.url());
            postgres.setUser(settings.user());
            postgres.setPassword(settings.password());
            // A database host that drops packets must not hold a start or a request for the driver's default 10 s.
            postgres.setConnectTimeout(5);
            driver = postgres;
        } else {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(settings.url());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            driver = h2;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = driver.getConnection();
        return countStatements ? StatementCount.counting(connection) : connection;
    }

    /** The settings come from the environment; credentials the pool passes are ignored. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return driver.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        driver.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        driver.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return driver.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return driver.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return driver.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return driver.isWrapperFor(type);
    }
}
