package app.gendan.store;

import app.gendan.domain.GendanException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.BooleanSupplier;
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
    private final String url;
    private final Path file;
    /** This open database among all the apps of a team: marks its change-feed rows. */
    private final String origin = java.util.UUID.randomUUID().toString();
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
    private volatile JdbcConnectionPool pool;
    private volatile boolean closed;
    private final PoolConnections connections;
    /** Reads and transactions so far (the link's own probes left out): what a refresh costs, measured. */
    private final java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();
    private final LinkMonitor link;
    private final java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newCachedThreadPool(
            r -> Thread.ofPlatform().daemon().name("gendan-read").unstarted(r));
    private final DSLContext dsl;

    private Database(String description, String url, Path file, JdbcConnectionPool pool) {
        this.description = description;
        this.url = url;
        this.file = file;
        this.pool = pool;
        // connections come from whichever pool is current: after a lost server the pool is replaced
        this.connections = new PoolConnections(() -> this.pool);
        this.dsl = DSL.using(connections, SQLDialect.H2,
                new Settings().withExecuteLogging(false));
        // a file may be shared: watch whether whoever serves it answers (a database in memory always does)
        this.link = !url.contains("AUTO_SERVER=TRUE") ? null
                : new LinkMonitor(this::probe).start();
        if (link != null) {
            link.onChange(trouble -> {
                if (trouble == null) {
                    freshConnections("the database answers again", true);
                }
            });
        }
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
        if (Files.exists(file)) {
            FileInspection.check(file, file.toString()); // refused files are left exactly as they were
        }
        return open(DatabaseUrl.forFile(file), file.toString(), file);
    }

    /**
     * A private, empty database in memory, gone when closed: what a dry run compares a file against
     * when there is no database file yet, so that it creates none.
     */
    public static Database inMemory() {
        String name = "gendan-" + java.util.UUID.randomUUID();
        // kept while the pool holds a connection to it; gone when the pool is disposed
        return open("jdbc:h2:mem:" + name, name, null);
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

    private static JdbcConnectionPool pool(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        return pool;
    }

    static Database open(String url, String description, Path file) {
        JdbcConnectionPool pool = pool(url);
        try {
            int applied = firstLook(pool, description, file);
            if (applied > SchemaVersion.LATEST) {
                throw new GendanException("error.db.newer", description, applied);
            }
            if (applied != SchemaVersion.LATEST) {
                migrate(pool, description); // new, older or damaged history: Flyway decides
            }
            LOG.info("Opened database {}", description);
            return new Database(description, url, file, pool);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, description, file);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** How long opening waits for the computer serving a shared file to answer. */
    static final java.time.Duration OPEN_PATIENCE = java.time.Duration.ofSeconds(6);

    /**
     * The first connection and the schema version, on a thread of its own: a shared file whose
     * serving computer is asleep would otherwise keep the app (or a command) waiting without a word
     * until it wakes up. After {@link #OPEN_PATIENCE} the open is refused in words, naming that computer;
     * the waiting thread is left to end by itself.
     */
    private static int firstLook(JdbcConnectionPool pool, String description, Path file) throws SQLException {
        java.util.concurrent.FutureTask<Integer> look = new java.util.concurrent.FutureTask<>(() -> {
            try (Connection c = pool.getConnection()) {
                return SchemaVersion.applied(c);
            }
        });
        Thread.ofPlatform().daemon().name("gendan-open").start(look);
        try {
            return look.get(OPEN_PATIENCE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            app.gendan.domain.i18n.MessageRef server = file == null ? ServedBy.unknown()
                    : ServedBy.read(file, false).map(ServedBy::describe).orElse(ServedBy.unknown());
            LOG.warn("Opening {} got no answer in {}", description, OPEN_PATIENCE);
            throw new app.gendan.domain.DatabaseException(e, app.gendan.domain.DatabaseTrouble.NOT_ANSWERING,
                    "error.db.notAnswering", description, server);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GendanException(e, "error.db.open", description, StoreErrors.logFile());
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
                throw translate(sql, description, null);
            }
            LOG.warn("Cannot migrate database {}", description, e);
            throw new GendanException(e, "error.db.migrate", description, StoreErrors.logFile());
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

    static GendanException translate(SQLException e, String description, Path file) {
        int code = e.getErrorCode();
        LOG.warn("Cannot open database {} (H2 error {})", description, code, e);
        return switch (code) {
            // H2 says "already in use" also for a file it cannot read; in use means a lock file is there
            case 90020 -> file != null && !held(file) ? new GendanException(e, "error.db.notGendan", description)
                    : new GendanException(e, "error.db.locked", description);
            case 90097, 90098 -> new GendanException(e, "error.db.readOnly", description);
            case 90030, 90048, 90049, 90050 -> new GendanException(e, "error.db.notGendan", description);
            case 28000 -> new GendanException(e, "error.db.wrongPassword", description);
            default -> new GendanException(e, "error.db.open", description, StoreErrors.logFile());
        };
    }

    /**
     * Whether another process has the file open: H2's lock file is beside it (a shared file) or the
     * file is locked (a program that does not share it). Looking takes a shared lock for a moment
     * on a read-only channel, which changes nothing.
     */
    private static boolean held(Path file) {
        if (Files.exists(lockFile(file))) {
            return true;
        }
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ);
             var lock = channel.tryLock(0, Long.MAX_VALUE, true)) {
            return lock == null;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true; // this very process has it open
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The lock file H2 keeps beside an open database file. */
    static Path lockFile(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - DatabaseUrl.FILE_SUFFIX.length()) + ".lock.db");
    }

    public String description() { return description; }

    /** The language default pipeline and stage names are read in (as stored until a workspace says). */
    private volatile app.gendan.domain.i18n.DefaultNames names = app.gendan.domain.i18n.DefaultNames.AS_STORED;

    /** Reads default pipeline, stage and checklist names in the language of {@code names} from now on. */
    public void showNamesIn(app.gendan.domain.i18n.DefaultNames names) {
        this.names = names;
    }

    public app.gendan.domain.i18n.DefaultNames names() { return names; }

    /** The database file, empty for one that is not a file (in memory). */
    public java.util.Optional<Path> file() { return java.util.Optional.ofNullable(file); }

    /**
     * Runs {@code work} in one transaction: everything it writes commits together or not at all.
     * Only {@link Writes} opens write transactions (ArchitectureTest keeps it so).
     */
    <T> T transaction(Function<StoreTx, T> work) {
        calls.incrementAndGet();
        T result = dsl.transactionResult(cfg -> work.apply(new StoreTx(cfg.dsl(), names)));
        if (durableCommits) {
            dsl.execute("CHECKPOINT");
        }
        return result;
    }

    /**
     * Whether every commit is written to the file before the write returns. H2 answers a commit once
     * it is in the serving process's memory and writes it there within its write delay (500 ms), so a
     * serving process killed in that time loses commits its colleagues were told about (10–14 of
     * ~1,500 in the test). CHECKPOINT right after the commit writes it to the file, wherever the file is
     * served, before the user is told it is saved; if the connection breaks in between, the write is
     * not confirmed and Writes looks for it on the next server, as for a commit whose answer was lost.
     * WRITE_DELAY=0 would do the same, but it stops H2's background writer, so a large import's pages
     * are written by the importing thread itself: 100,000 rows took 24% longer. The property exists
     * only for the benchmark that measures what durability costs (read when the database is opened).
     */
    private final boolean durableCommits = !Boolean.getBoolean("gendan.h2.lazyCommits");

    /**
     * Copies every row of this database, as one consistent snapshot that does not block
     * writers, into {@code target}: a new database made by {@link #createPrivate}. Returns the
     * rows copied per table (lower-case names). Throws CancellationException when
     * {@code cancelled} says so between chunks of rows.
     */
    public Map<String, Long> copyInto(Database target, CopyProgress progress, BooleanSupplier cancelled) {
        return SnapshotCopy.copy(dsl, target.dsl, progress, cancelled);
    }

    /**
     * Read-only work outside an explicit transaction. A failure comes back in words
     * ({@link app.gendan.domain.DatabaseException}); a lost connection is replaced for the next call.
     */
    public <T> T read(Function<StoreTx, T> work) {
        if (link == null) {
            return readHere(work);
        }
        // on a thread of its own, so that a serving computer that stopped answering costs a wait of
        // seconds, not until it wakes up: the read is then given up in words (it may finish unseen later)
        java.util.concurrent.Future<T> running = readers.submit(() -> readHere(work));
        long started = System.nanoTime();
        while (true) {
            try {
                return running.get(250, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException stillRunning) {
                if (System.nanoTime() - started > Writes.PATIENCE.toNanos() && !notAnsweringFor().isZero()) {
                    throw StoreErrors.forRead(new Writes.NotAnswering(), server());
                }
            } catch (java.util.concurrent.ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (failed.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(failed.getCause());
            } catch (InterruptedException interrupted) {
                running.cancel(true);
                Thread.currentThread().interrupt();
                throw new app.gendan.domain.GendanException(interrupted, "error.db.read.other", StoreErrors.logFile());
            }
        }
    }

    /** The link monitor's question: does the database answer? A broken connection is replaced, as for any read. */
    private void probe() {
        try {
            dsl.select(org.jooq.impl.DSL.inline(1)).fetchOne();
        } catch (RuntimeException e) {
            RuntimeException words = StoreErrors.forRead(e, server());
            connectionTrouble(words);
            throw words;
        }
    }

    /** A read on the calling thread, however long the database takes. */
    <T> T readHere(Function<StoreTx, T> work) {
        calls.incrementAndGet();
        try {
            return work.apply(new StoreTx(dsl, names));
        } catch (RuntimeException e) {
            RuntimeException words = StoreErrors.forRead(e, server());
            connectionTrouble(words);
            throw words;
        }
    }

    /** How many reads and transactions this database has run (the link monitor's probes not counted). */
    public long calls() { return calls.get(); }

    /** How many change-feed rows one {@link #changesAfter} reads at most. */
    public static final int CHANGES_PER_READ = ChangeFeedRepository.POLL_LIMIT;

    /** The change-feed rows after {@code afterId}, oldest first, this app's own marked as such. */
    public java.util.List<app.gendan.domain.Change> changesAfter(long afterId) {
        return read(s -> s.changeFeed().after(afterId, origin));
    }

    /** This app among the team's apps: the origin of its change-feed rows. */
    String origin() { return origin; }

    /** The number of this app's next write. */
    long nextWriteNo() { return writes.incrementAndGet(); }

    /** The computer serving the file, in words: this one, a colleague's, or unknown. */
    public app.gendan.domain.i18n.MessageRef server() {
        return servedBy().map(ServedBy::describe).orElse(ServedBy.unknown());
    }

    /** Who serves the file now, from its lock file; empty for a database that is not a file. */
    public java.util.Optional<ServedBy> servedBy() {
        return file == null ? java.util.Optional.empty() : ServedBy.read(file, servesFile());
    }

    /** Whether this process opened the file itself (and so serves it to the others). */
    public boolean servesFile() {
        return connections.local();
    }

    /**
     * After a lost connection, H2's pool may hand the broken one out again: start a fresh pool, whose
     * first connection reconnects to whoever serves the file now (or serves it from here).
     */
    void connectionTrouble(RuntimeException words) {
        if (closed || StoreErrors.classify(words) != app.gendan.domain.DatabaseTrouble.LOST) {
            return;
        }
        freshConnections("a lost connection", false);
    }

    /**
     * Starts a fresh pool. Also once the database answers again after trouble: H2 reconnects a broken
     * connection by itself, and when the computer that served the file is gone it opens the file in
     * this process and serves it from here, yet the reconnected connection still goes through TCP to
     * this very process, so the app would say a colleague's computer serves the file (and pay for the
     * loopback on every call). A new connection opens the database already open here directly.
     */
    private void freshConnections(String why, boolean connectNow) {
        if (closed) {
            return;
        }
        synchronized (this) {
            JdbcConnectionPool old = pool;
            pool = pool(url);
            old.dispose();
            LOG.info("Replaced the connections to {} after {}", description, why);
        }
        if (connectNow) {
            // one connection now, so that who serves the file is known before anyone asks
            try {
                connections.release(connections.acquire());
            } catch (RuntimeException e) {
                LOG.debug("No connection after the database answered again", e);
            }
        }
    }

    /** Trouble reaching the database now (the computer serving the file not answering, or gone), or null. */
    public app.gendan.domain.DatabaseTrouble linkTrouble() {
        return link == null ? null : link.trouble();
    }

    /** Tells {@code l} each change of {@link #linkTrouble()}, on a monitor thread (null: fine again). */
    public void onLinkChange(java.util.function.Consumer<app.gendan.domain.DatabaseTrouble> l) {
        if (link != null) {
            link.onChange(l);
        }
    }

    /** How long the database has not been answering; zero while it answers. */
    java.time.Duration notAnsweringFor() {
        return link == null ? java.time.Duration.ZERO : link.notAnsweringFor();
    }

    @Override
    public void close() {
        closed = true;
        if (link != null) {
            link.close();
        }
        readers.shutdown();
        pool.dispose();
        LOG.info("Closed database {}", description);
    }
}
