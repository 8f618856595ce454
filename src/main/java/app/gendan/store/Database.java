package app.gendan.store;

import app.gendan.domain.GendanException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open Gendan database: migrated on open, refused when written by a newer Gendan, and the
 * only door to transactions. Failures to open become {@link GendanException}s with keys the
 * user can act on (locked, read-only, not a Gendan database, newer version).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final String description;
    private final Path file;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(String description, Path file, JdbcConnectionPool pool) {
        this.description = description;
        this.file = file;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /** Opens (creating and migrating if needed) the H2 file at {@code requested}. */
    public static Database openFile(Path requested) {
        Path file = DatabaseUrl.normalise(requested);
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
        } catch (Exception e) {
            throw new GendanException(e, "error.db.folder", dir);
        }
        if (Files.exists(file) && (!Files.isWritable(file) || markedReadOnly(file))) {
            throw new GendanException("error.db.readOnly", file);
        }
        if (!Files.isWritable(dir)) {
            throw new GendanException("error.db.readOnly", dir);
        }
        if (Files.exists(file) && !looksLikeH2(file)) {
            throw new GendanException("error.db.notGendan", file);
        }
        return open(DatabaseUrl.forFile(file), file.toString(), file);
    }

    /**
     * Creates a new database file with the current schema that only this process opens, such
     * as a backup being written. Fails if the file exists.
     */
    public static Database createPrivate(Path requested) {
        Path file = DatabaseUrl.normalise(requested);
        if (Files.exists(file)) {
            throw new IllegalStateException(file + " exists");
        }
        return open(DatabaseUrl.forPrivateFile(file), file.toString(), file);
    }

    static Database open(String url, String description) {
        return open(url, description, null);
    }

    private static Database open(String url, String description, Path file) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            int applied;
            try (Connection c = pool.getConnection()) {
                applied = SchemaVersion.applied(c);
            }
            if (applied > SchemaVersion.LATEST) {
                throw new GendanException("error.db.newer", description, applied);
            }
            if (applied != SchemaVersion.LATEST) {
                migrate(pool, description); // new, older or damaged history: Flyway decides
            }
            LOG.info("Opened database {}", description);
            return new Database(description, file, pool);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, description);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static void migrate(DataSource ds, String description) {
        Flyway flyway = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .ignoreMigrationPatterns("*:future")
                .load();
        for (MigrationInfo info : flyway.info().applied()) {
            if (info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED) {
                throw new GendanException("error.db.newer", description, info.getVersion().getVersion());
            }
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw translate(sql, description);
            }
            throw new GendanException(e, "error.db.migrate", description, e.getMessage());
        }
    }

    /** Read-only by its permission bits, even for a user (such as root) whom the OS would let write. */
    private static boolean markedReadOnly(Path file) {
        try {
            var posix = Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class);
            if (posix != null) {
                return !posix.readAttributes().permissions().contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            }
            var dos = Files.getFileAttributeView(file, java.nio.file.attribute.DosFileAttributeView.class);
            return dos != null && dos.readAttributes().isReadOnly();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** An H2 2.x MVStore file starts with a text header "H:2,…". */
    private static boolean looksLikeH2(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            if (head.length == 0) {
                return true; // an empty file is replaced by H2
            }
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("H:2");
        } catch (Exception e) {
            return false;
        }
    }

    static GendanException translate(SQLException e, String description) {
        int code = e.getErrorCode();
        LOG.warn("Cannot open database {} (H2 error {})", description, code, e);
        return switch (code) {
            case 90020 -> new GendanException(e, "error.db.locked", description);
            case 90097, 90098 -> new GendanException(e, "error.db.readOnly", description);
            case 90030, 90048, 90049, 90050 -> new GendanException(e, "error.db.notGendan", description);
            case 28000 -> new GendanException(e, "error.db.wrongPassword", description);
            default -> new GendanException(e, "error.db.open", description, e.getMessage());
        };
    }

    public String description() { return description; }

    /** The database file, or null for a database that is not a local or shared file. */
    public Path file() { return file; }

    /**
     * Copies every row of this database, as one consistent snapshot that does not block
     * writers, into {@code target}: a new database made by {@link #createPrivate}. Returns the
     * rows copied per table (lower-case names). Throws CancellationException when
     * {@code cancelled} says so between chunks of rows.
     */
    public Map<String, Long> copyInto(Database target, CopyProgress progress, BooleanSupplier cancelled) {
        return SnapshotCopy.copy(dsl, target.dsl, progress, cancelled);
    }

    /** Runs {@code work} in one transaction: everything it writes commits together or not at all. */
    public <T> T transaction(Function<StoreTx, T> work) {
        return dsl.transactionResult(cfg -> work.apply(new StoreTx(cfg.dsl())));
    }

    public void transactionRun(Consumer<StoreTx> work) {
        dsl.transaction(cfg -> work.accept(new StoreTx(cfg.dsl())));
    }

    /** Read-only work outside an explicit transaction. */
    public <T> T read(Function<StoreTx, T> work) {
        return work.apply(new StoreTx(dsl));
    }

    @Override
    public void close() {
        pool.dispose();
        LOG.info("Closed database {}", description);
    }
}
