package app.gendan.ui.backup;

import app.gendan.service.LocalSettings;
import app.gendan.service.Workspace;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily automatic backup: once the board shows, on a background thread of its own (so it
 * never delays the start or holds up the screens' database work), and when Gendan closes; each
 * time only if the backup folder has no backup of this database from today. A failure is logged
 * and the day's next chance tries again.
 */
public final class AutoBackups implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AutoBackups.class);
    /** How long closing waits for a backup that is still running from the start. */
    private static final long WAIT_SECONDS = 120;

    private final Path settingsFile;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gendan-auto-backup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private Workspace startedFor;
    private Future<?> running;

    public AutoBackups(Path settingsFile) {
        this.settingsFile = settingsFile;
    }

    /** After start-up (and once per opened database): backs up in the background unless today's exists. */
    public synchronized void afterStart(Workspace ws) {
        if (ws == startedFor) {
            return;
        }
        startedFor = ws;
        running = executor.submit(() -> backUp(ws, "start"));
    }

    /** Before the database closes: waits for a backup still running, then backs up unless today's exists. */
    public void beforeClose(Workspace ws) {
        awaitIdle();
        backUp(ws, "close");
    }

    /** Waits (a while) for the background backup, so the database is not closed under it. */
    public void awaitIdle() {
        Future<?> f;
        synchronized (this) {
            f = running;
        }
        if (f == null) {
            return;
        }
        try {
            f.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("The automatic backup did not finish in time", e);
        }
    }

    private void backUp(Workspace ws, String when) {
        if (ws.databaseFile() == null) {
            return;
        }
        try {
            Path folder = LocalSettings.load(settingsFile).backups();
            ws.backups().backupIfNoneToday(folder).ifPresentOrElse(
                    r -> LOG.info("Automatic backup at {}: {} in {} ms", when, r.backup().file(), r.took().toMillis()),
                    () -> LOG.debug("Automatic backup at {}: today's exists", when));
        } catch (RuntimeException e) {
            LOG.warn("Automatic backup at {} failed", when, e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
