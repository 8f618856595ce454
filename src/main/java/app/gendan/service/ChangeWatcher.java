package app.gendan.service;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the change feed on a background thread and tells the listener when anything was
 * committed since the last look, by this process or a colleague's on a shared file. One cheap
 * MAX(id) query per interval; the listener decides what to reload.
 */
public final class ChangeWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);

    private final Workspace workspace;
    private final LongConsumer listener;
    private final ScheduledExecutorService timer;
    private long seen;

    public ChangeWatcher(Workspace workspace, LongConsumer listener) {
        this.workspace = workspace;
        this.listener = listener;
        this.seen = workspace.latestChange();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gendan-change-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts polling every {@code interval}. */
    public ChangeWatcher start(Duration interval) {
        timer.scheduleWithFixedDelay(this::pollQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Looks once; true (and the listener called) when something changed since the last look. */
    public synchronized boolean poll() {
        long latest = workspace.latestChange();
        if (latest == seen) {
            return false;
        }
        seen = latest;
        listener.accept(latest);
        return true;
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            // a shared file can be briefly unreachable while another machine takes over serving it
            LOG.warn("Change feed poll failed; will retry", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
