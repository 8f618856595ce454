package app.gendan.testing;

import app.gendan.store.DatabaseUrl;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a Gendan database file with plain SQL, as a second connection beside the open
 * workspace: counts, sums and full dumps of tables to compare a database before and after.
 */
public final class DbDump {
    /** The tables an import writes business data to (column mappings it remembers are a preference, kept on revert). */
    public static final List<String> IMPORT_TABLES = List.of("app_user", "customer", "contact", "sales_order",
            "order_line", "order_checklist_item", "shipment", "payment", "follow_up", "extra_field");
    /** Bookkeeping a revert moves on instead of back (so optimistic locking never sees an old version again). */
    public static final Set<String> BOOKKEEPING = Set.of("version", "updated_at", "updated_by");

    private DbDump() {}

    public static Connection connect(Path dir) {
        try {
            return DriverManager.getConnection(DatabaseUrl.forFile(dir.resolve("gendan.mv.db")), "sa", "");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(Path dir, String sql) {
        return number(dir, sql).longValue();
    }

    public static BigDecimal number(Path dir, String sql) {
        try (Connection c = connect(dir); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            BigDecimal v = r.getBigDecimal(1);
            return v == null ? BigDecimal.ZERO : v;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static List<String> strings(Path dir, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(dir); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return out;
    }

    /** Every row of the tables, ordered by their first column, one line per row; {@code skip} columns left out. */
    public static String dump(Path dir, List<String> tables, Set<String> skip) {
        StringBuilder sb = new StringBuilder();
        try (Connection c = connect(dir); Statement s = c.createStatement()) {
            for (String t : tables) {
                sb.append("== ").append(t).append('\n');
                try (ResultSet r = s.executeQuery("SELECT * FROM " + t + " ORDER BY 1")) {
                    ResultSetMetaData md = r.getMetaData();
                    while (r.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String col = md.getColumnName(i).toLowerCase(Locale.ROOT);
                            if (!skip.contains(col)) {
                                sb.append(col).append('=').append(r.getString(i)).append(' ');
                            }
                        }
                        sb.append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sb.toString();
    }

    /** Every table of the schema Gendan made (Flyway's history included), by name. */
    public static List<String> allTables(Path dir) {
        return strings(dir, "SELECT '\"' || TABLE_NAME || '\"' FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1");
    }

    /** Every row of every table: two equal dumps mean nothing was written in between. */
    public static String dumpAll(Path dir) {
        return dump(dir, allTables(dir), Set.of());
    }

    public static String dump(Path dir) {
        return dump(dir, IMPORT_TABLES, Set.of());
    }
}
