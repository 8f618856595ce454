package app.gendan.store;

import app.gendan.domain.GendanException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.h2.message.DbException;
import org.h2.message.TraceSystem;
import org.h2.store.FileLock;
import org.h2.store.FileLockMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proof that no process, on this computer or another, has a database file open, held while a
 * restore replaces the file. A Gendan that serves the file holds H2's lock file beside it
 * ({@code name.lock.db}, which names its server); taking that lock the way H2 does refuses while
 * the server answers and takes over a lock left by a process that died. A program that opened
 * the file without sharing holds an OS lock on the file itself instead, tried here too. Neither
 * test writes a byte of the database file.
 */
public final class DatabaseFileLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFileLock.class);
    /** As H2 waits between looks at a lock file (org.h2.engine.Constants.LOCK_SLEEP). */
    private static final int SLEEP_MS = 1000;

    private final FileLock lock;

    private DatabaseFileLock(FileLock lock) {
        this.lock = lock;
    }

    /** Takes the lock of the database at {@code dbFile}; throws GendanException {@code inUseKey} when anyone has it open. */
    public static DatabaseFileLock acquire(Path dbFile, String inUseKey) {
        Path file = DatabaseUrl.normalise(dbFile);
        TraceSystem trace = new TraceSystem(null);
        trace.setLevelFile(TraceSystem.OFF);
        FileLock lock = new FileLock(trace, DatabaseUrl.base(file) + ".lock.db", SLEEP_MS);
        try {
            lock.lock(FileLockMethod.FILE);
        } catch (DbException e) {
            LOG.info("Database {} is in use: {}", file, e.getMessage());
            throw new GendanException(e, inUseKey, file);
        }
        try {
            if (Files.exists(file) && heldByAnotherProgram(file)) {
                throw new GendanException(inUseKey, file);
            }
            return new DatabaseFileLock(lock);
        } catch (RuntimeException e) {
            lock.unlock();
            throw e;
        }
    }

    private static boolean heldByAnotherProgram(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock os = ch.tryLock();
            if (os == null) {
                return true;
            }
            os.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this very process has it open
        } catch (IOException e) {
            LOG.info("Cannot test the lock of {}", file, e);
            return true;
        }
    }

    @Override
    public void close() {
        lock.unlock();
    }
}
