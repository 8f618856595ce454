package app.gendan.store;

import app.gendan.store.generated.DefaultSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Identity;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Copies every table of a live database into a fresh one with the same schema, row by row.
 * All of it is read in one transaction at H2's SNAPSHOT isolation: every table is read as it
 * was at the first statement, so the copy is consistent, and under MVCC the read takes no locks,
 * so colleagues writing meanwhile never wait for it. The copy's identity columns continue where
 * the live ones are, so an id handed out before the backup is never handed out again after a
 * restore.
 */
final class SnapshotCopy {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SnapshotCopy.class);
    /** H2's JDBC code for its SNAPSHOT isolation level (org.h2.engine.Constants.TRANSACTION_SNAPSHOT). */
    private static final int H2_SNAPSHOT = 6;
    private static final int CHUNK = 1_000;
    /** Rows the copy writes per commit: few commits keep the new file small and the copy fast. */
    private static final int COMMIT_ROWS = 50_000;
    private static final Settings SETTINGS = new Settings().withExecuteLogging(false);

    private final Connection targetConnection;
    private final DSLContext target;
    private final CopyProgress progress;
    private final BooleanSupplier cancelled;
    private long done;
    private long total;
    private long uncommitted;

    private SnapshotCopy(Connection target, CopyProgress progress, BooleanSupplier cancelled) {
        this.targetConnection = target;
        this.target = DSL.using(target, SQLDialect.H2, SETTINGS);
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** Copies {@code source} into {@code target} (a new database at the same schema version); returns the rows per table. */
    static Map<String, Long> copy(DSLContext source, DSLContext target, CopyProgress progress, BooleanSupplier cancelled) {
        return source.connectionResult(c -> target.connectionResult(t -> {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(H2_SNAPSHOT);
            t.setAutoCommit(false);
            try {
                Map<String, Long> rows = new SnapshotCopy(t, progress, cancelled).all(DSL.using(c, SQLDialect.H2, SETTINGS), c);
                t.commit();
                return rows;
            } catch (SQLException | RuntimeException e) {
                t.rollback();
                throw e;
            } finally {
                t.setAutoCommit(true);
                c.rollback(); // nothing was written: this only ends the snapshot
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        }));
    }

    static String key(Table<?> t) {
        return t.getName().toLowerCase(Locale.ROOT);
    }

    private Map<String, Long> all(DSLContext src, Connection c) throws SQLException {
        List<Table<?>> tables = TableOrder.parentsFirst(DefaultSchema.DEFAULT_SCHEMA.getTables());
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Table<?> t : tables) { // the first statement: it fixes the snapshot every later read sees
            long n = src.fetchCount(t);
            rows.put(key(t), n);
            total += n;
        }
        Map<String, Long> identityNext = identityNext(src);
        progress.copied(0, total);
        for (Table<?> t : tables) {
            long start = System.nanoTime();
            long maxId = table(src, c, t, rows.get(key(t)));
            LOG.debug("Copied {} rows of {} in {} ms", rows.get(key(t)), key(t), (System.nanoTime() - start) / 1_000_000);
            Identity<?, ?> identity = t.getIdentity();
            if (identity != null) {
                long next = Math.max(maxId + 1, identityNext.getOrDefault(key(t), 1L));
                // jOOQ has no syntax for an identity's restart value, so this one statement is a template
                target.query("ALTER TABLE {0} ALTER COLUMN {1} RESTART WITH {2}", t,
                        DSL.name(identity.getField().getName()), DSL.inline(next)).execute();
            }
        }
        return rows;
    }

    /** The next value of each identity column as the live database would hand it out. */
    private static Map<String, Long> identityNext(DSLContext src) {
        Table<?> columns = DSL.table(DSL.name("INFORMATION_SCHEMA", "COLUMNS"));
        Field<String> schema = DSL.field(DSL.name("TABLE_SCHEMA"), String.class);
        Field<String> table = DSL.field(DSL.name("TABLE_NAME"), String.class);
        Field<String> isIdentity = DSL.field(DSL.name("IS_IDENTITY"), String.class);
        Field<Long> base = DSL.field(DSL.name("IDENTITY_BASE"), Long.class);
        Map<String, Long> next = new HashMap<>();
        src.select(table, base).from(columns).where(schema.eq("PUBLIC")).and(isIdentity.eq("YES"))
                .forEach(r -> next.put(r.value1().toLowerCase(Locale.ROOT), r.value2() == null ? 1L : r.value2()));
        return next;
    }

    /** Copies one table in key order; returns the largest value of its identity column (0 without one). */
    private long table(DSLContext src, Connection c, Table<?> t, long expected) throws SQLException {
        Field<?>[] fields = t.fields();
        int identityAt = t.getIdentity() == null ? -1 : t.indexOf(t.getIdentity().getField());
        boolean[] lob = new boolean[fields.length];
        for (int i = 0; i < fields.length; i++) {
            lob[i] = fields[i].getDataType().isLob();
        }
        String sql = src.render(src.select(fields).from(t).orderBy(t.getPrimaryKey().getFields()));
        long maxId = 0;
        long copied = 0;
        List<Object[]> chunk = new ArrayList<>(CHUNK);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(CHUNK);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[fields.length];
                    for (int i = 0; i < fields.length; i++) {
                        row[i] = lob[i] ? rs.getString(i + 1) : rs.getObject(i + 1);
                    }
                    if (identityAt >= 0 && row[identityAt] instanceof Number id) {
                        maxId = Math.max(maxId, id.longValue());
                    }
                    chunk.add(row);
                    if (chunk.size() == CHUNK) {
                        copied += flush(t, fields, chunk);
                    }
                }
            }
        }
        copied += flush(t, fields, chunk);
        if (copied != expected) {
            throw new IllegalStateException("read " + copied + " rows of " + t.getName() + " in a snapshot that counted " + expected);
        }
        return maxId;
    }

    private int flush(Table<?> t, Field<?>[] fields, List<Object[]> chunk) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("backup cancelled");
        }
        int n = chunk.size();
        BulkInsert.insert(target, t, List.of(fields), chunk, r -> r);
        chunk.clear();
        uncommitted += n;
        if (uncommitted >= COMMIT_ROWS) {
            try {
                targetConnection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            uncommitted = 0;
        }
        done += n;
        progress.copied(done, total);
        return n;
    }
}
