package fr.deciderensemble.trophees.platform;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor;
import org.eclipse.persistence.internal.databaseaccess.DatasourcePlatform;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ExternalConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Lets the persistence unit deploy while the database is down (persistence.xml names it). At deployment EclipseLink
 * would open a connection twice: to detect the database's product, and to try its connection pools. The product
 * is told instead (from {@link DatabaseSettings}), and the pools start with an accessor that connects at its first
 * use, as the container's pool hands out connections anyway. The application then deploys, says it is not ready
 * ({@link Readiness}) and becomes ready once the database answers. And a query that loses its connection fails at
 * once instead of being retried three times 5 s apart: the page says the database is away for a moment, and the
 * container's pool replaces the connection.
 */
public class ConnectOnFirstUse implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        boolean postgres = DatabaseSettings.from(System.getenv()).postgres();
        session.setProperty(PersistenceUnitProperties.SCHEMA_DATABASE_PRODUCT_NAME, postgres ? "PostgreSQL" : "H2");
        session.setProperty(PersistenceUnitProperties.SCHEMA_DATABASE_MAJOR_VERSION, postgres ? "15" : "2");
        session.setProperty(PersistenceUnitProperties.SCHEMA_DATABASE_MINOR_VERSION, "0");
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
        }
        if (session instanceof ServerSession server) {
            server.setReadConnectionPool(new LazyPool("read", server.getReadConnectionPool().getLogin(), server));
            server.addConnectionPool(new LazyPool(ServerSession.DEFAULT_POOL, server.getDatasourceLogin(), server));
        }
    }

    /** A pool of the container's connections that tries none when it starts. */
    private static final class LazyPool extends ExternalConnectionPool {

        LazyPool(String name, Login login, ServerSession owner) {
            super(name, login, owner);
        }

        @Override
        public synchronized void startUp() {
            setCachedConnection(new UnconnectedAccessor(getLogin(), this));
            setIsConnected(true);
        }
    }

    /** Connects through the container's pool when first used, as EclipseLink does after each transaction. */
    private static final class UnconnectedAccessor extends DatabaseAccessor {

        UnconnectedAccessor(Login login, ExternalConnectionPool pool) {
            setLogin(login);
            setDatasourcePlatform((DatasourcePlatform) login.getDatasourcePlatform());
            setPool(pool);
        }
    }
}
