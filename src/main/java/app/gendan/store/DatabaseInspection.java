package app.gendan.store;

import app.gendan.domain.GendanException;
import app.gendan.domain.backup.DatabaseFacts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a database file without writing to it: the schema version its migrations reached and
 * the rows of every table, each row read (not only counted), so a file whose pages do not
 * decode is found out here rather than after it replaced a working database.
 */
public final class DatabaseInspection {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseInspection.class);
    private static final String HISTORY = "flyway_schema_history";

    private DatabaseInspection() {}

    /**
     * Inspects the H2 file at {@code file}; a file H2 cannot read throws GendanException
     * {@code damagedKey} with {@code description}.
     */
    public static DatabaseFacts inspect(Path file, String damagedKey, String description) {
        try (Connection c = DriverManager.getConnection(DatabaseUrl.forReadOnlyFile(file), "sa", "")) {
            int version = SchemaVersion.applied(c);
            DSLContext dsl = DSL.using(c, SQLDialect.H2, new Settings().withExecuteLogging(false));
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Table<?> t : dsl.meta().getSchemas("PUBLIC").stream().flatMap(s -> s.getTables().stream()).toList()) {
                String name = t.getName().toLowerCase(Locale.ROOT);
                if (!name.equals(HISTORY)) {
                    rows.put(name, readAll(dsl, c, t));
                }
            }
            return new DatabaseFacts(version, rows);
        } catch (SQLException | RuntimeException e) { // whatever H2 cannot read is damaged, to a backup
            LOG.warn("Cannot read {} as a database", description, e);
            throw new GendanException(e, damagedKey, description);
        }
    }

    private static long readAll(DSLContext dsl, Connection c, Table<?> t) throws SQLException {
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement(dsl.render(dsl.selectFrom(t)))) {
            ps.setFetchSize(1_000);
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    n++;
                }
            }
        }
        return n;
    }
}
