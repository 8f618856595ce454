package app.gendan.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * Hands jOOQ connections from the database's current pool, which {@link Database} replaces after a
 * lost connection. Notes, without asking the server anything, whether the connection it handed out
 * is to a file this process opened itself (it then serves the file to the team).
 */
final class PoolConnections implements ConnectionProvider {
    private final Supplier<JdbcConnectionPool> pool;
    private volatile boolean local;

    PoolConnections(Supplier<JdbcConnectionPool> pool) {
        this.pool = pool;
    }

    @Override
    public Connection acquire() {
        try {
            Connection c = pool.get().getConnection();
            org.h2.engine.SessionLocal here = openedHere(c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession());
            local = here != null;
            if (here != null) {
                LeftoverCommits.finishOnce(here); // this process opened the file: finish what a crash left half-committed
            }
            return c;
        } catch (SQLException e) {
            throw new DataAccessException("Cannot get a connection", e);
        }
    }

    @Override
    public void release(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DataAccessException("Cannot release a connection", e);
        }
    }

    /**
     * The session of the database opened in this process behind a connection, or null when another
     * process serves it. A connection H2 reconnected by itself after the serving process died may
     * have opened the file here and still talk to it through TCP (H2's SessionRemote keeps that
     * session in its private field {@code embedded}, read here; when H2 no longer has it, such a
     * connection counts as remote until the pool is replaced, see Database#freshConnections).
     */
    private static org.h2.engine.SessionLocal openedHere(Object session) {
        if (session instanceof org.h2.engine.SessionLocal s) {
            return s;
        }
        if (EMBEDDED != null && session instanceof org.h2.engine.SessionRemote) {
            try {
                return EMBEDDED.get(session) instanceof org.h2.engine.SessionLocal s ? s : null;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static final java.lang.reflect.Field EMBEDDED = embeddedField();

    private static java.lang.reflect.Field embeddedField() {
        try {
            java.lang.reflect.Field f = org.h2.engine.SessionRemote.class.getDeclaredField("embedded");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Whether the last connection handed out was to a file opened in this process. */
    boolean local() {
        return local;
    }
}
