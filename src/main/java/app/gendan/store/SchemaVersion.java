package app.gendan.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The schema version this build knows: the highest migration in db/migration (a test keeps the
 * two equal). Reading the version of an open file with plain JDBC lets the common start-up, a
 * file that is already current, skip loading Flyway at all.
 */
public final class SchemaVersion {
    /** Highest migration number, Vn__*.sql; migrations are numbered 1, 2, 3 ... */
    public static final int LATEST = 9;

    private SchemaVersion() {}

    /** The highest successfully applied migration, 0 for a new file, -1 when the history has failures. */
    static int applied(Connection c) throws SQLException {
        try (ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            if (!tables.next()) {
                return 0;
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL")) {
            int max = 0;
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return -1;
                }
                max = Math.max(max, Integer.parseInt(rs.getString(1).split("\\.")[0]));
            }
            return max;
        }
    }
}
