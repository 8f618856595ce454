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
            Object session = c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            local = session instanceof org.h2.engine.SessionLocal;
            if (session instanceof org.h2.engine.SessionLocal s) {
                LeftoverCommits.finishOnce(s); // this process opened the file: finish what a crash left half-committed
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

    /** Whether the last connection handed out was to a file opened in this process. */
    boolean local() {
        return local;
    }
}
