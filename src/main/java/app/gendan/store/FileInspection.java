package app.gendan.store;

import app.gendan.domain.GendanException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at an existing database file before Gendan opens it for writing: read-only, without a lock
 * file or a trace file, so that a file that is refused (written by a newer Gendan, another
 * program's database, damaged) stays byte for byte as it was, with nothing new beside it.
 * A file another process has open cannot be looked at this way; it is then opened as usual,
 * through the process that serves it, which checks the same before writing anything.
 */
final class FileInspection {
    private static final Logger LOG = LoggerFactory.getLogger(FileInspection.class);

    private FileInspection() {}

    /** Refuses the file with a GendanException, or returns when it may be opened. */
    static void check(Path file, String description) {
        String name = file.toString();
        String base = name.substring(0, name.length() - DatabaseUrl.FILE_SUFFIX.length());
        String url = "jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r;FILE_LOCK=NO;TRACE_LEVEL_FILE=0;IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            int applied = SchemaVersion.applied(c);
            if (applied > SchemaVersion.LATEST) {
                throw new GendanException("error.db.newer", description, applied);
            }
            if (applied == 0 && hasTables(c)) {
                throw new GendanException("error.db.notGendan", description); // another program's H2 database
            }
        } catch (SQLException e) {
            switch (e.getErrorCode()) {
                case ErrorCode.DATABASE_ALREADY_OPEN_1 -> {
                    // open in another process: the usual way in goes through whoever serves it
                }
                // DATABASE_IS_READ_ONLY: H2 could read the file only by repairing it. A file whose process
                // crashed reads fine without that (its last complete state), so this one is damaged.
                case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1,
                     ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.DATABASE_IS_READ_ONLY -> {
                    LOG.warn("Refusing {}: it cannot be read as a database", description, e);
                    throw new GendanException(e, "error.db.notGendan", description);
                }
                default -> LOG.info("Could not inspect {} read-only (H2 error {}); opening it as usual", description,
                        e.getErrorCode());
            }
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE", "BASE TABLE"})) {
            return tables.next();
        }
    }
}
