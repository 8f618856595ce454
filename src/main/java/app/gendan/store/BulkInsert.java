package app.gendan.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Inserts many rows of one table through a single JDBC prepared statement whose SQL jOOQ renders
 * once from the generated table and columns. jOOQ's batch API wraps, converts and copies every
 * bound value of every row; for the 100,000 orders and follow-ups of a large import that was a
 * quarter of the insert time, so here the values go to the driver as they are.
 */
final class BulkInsert {
    private BulkInsert() {}

    /**
     * Inserts one row per element of {@code rows}; {@code values} gives a row's values in the
     * order of {@code fields}. Fails unless every row was inserted.
     */
    static <T> void insert(DSLContext dsl, Table<?> table, List<Field<?>> fields, List<T> rows, Function<T, Object[]> values) {
        run(dsl, table, null, fields, rows, values);
    }

    /** As {@link #insert}, and returns the generated {@code id} of each row, in the order of {@code rows}. */
    static <T> long[] insertReturningIds(DSLContext dsl, Table<?> table, Field<Long> id, List<Field<?>> fields, List<T> rows,
                                         Function<T, Object[]> values) {
        return run(dsl, table, id, fields, rows, values);
    }

    /** As {@link #insertReturningIds} when {@code id} is given, else as {@link #insert} (returning no ids). */
    static <T> long[] run(DSLContext dsl, Table<?> table, Field<Long> id, List<Field<?>> fields, List<T> rows,
                                  Function<T, Object[]> values) {
        if (rows.isEmpty()) {
            return new long[0];
        }
        List<Param<?>> params = fields.stream().<Param<?>>map(f -> DSL.param(f.getName(), f.getDataType())).toList();
        String sql = dsl.render(dsl.insertInto(table).columns(fields).values(params));
        int[] sqlTypes = fields.stream().mapToInt(f -> f.getDataType().getSQLType()).toArray();
        return dsl.connectionResult(c -> {
            try (PreparedStatement ps = id == null ? c.prepareStatement(sql) : c.prepareStatement(sql, new String[] {id.getName()})) {
                for (T row : rows) {
                    Object[] v = values.apply(row);
                    if (v.length != sqlTypes.length) {
                        throw new IllegalArgumentException(v.length + " values for " + sqlTypes.length + " columns");
                    }
                    for (int i = 0; i < v.length; i++) {
                        bind(ps, i + 1, v[i], sqlTypes[i]);
                    }
                    ps.addBatch();
                }
                for (int count : ps.executeBatch()) {
                    if (count != 1 && count != PreparedStatement.SUCCESS_NO_INFO) {
                        throw new IllegalStateException("a row of " + table.getName() + " was not inserted");
                    }
                }
                return id == null ? new long[0] : generatedIds(ps, rows.size(), table);
            }
        });
    }

    private static long[] generatedIds(PreparedStatement ps, int expected, Table<?> table) throws SQLException {
        long[] ids = new long[expected];
        int n = 0;
        try (ResultSet keys = ps.getGeneratedKeys()) {
            while (keys.next()) {
                if (n == expected) {
                    throw new IllegalStateException("more ids than rows of " + table.getName());
                }
                ids[n++] = keys.getLong(1);
            }
        }
        if (n != expected) {
            throw new IllegalStateException(n + " ids for " + expected + " rows of " + table.getName());
        }
        return ids;
    }

    private static void bind(PreparedStatement ps, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType);
        } else if (value instanceof Instant instant) {
            // as jOOQ binds an Instant: a TIMESTAMP WITH TIME ZONE at UTC
            ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else {
            ps.setObject(index, value);
        }
    }
}
