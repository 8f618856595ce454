package app.gendan.service;

import app.gendan.domain.Change;
import app.gendan.domain.DatabaseTrouble;
import app.gendan.domain.LinkStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the change feed on a background thread and tells the listener what colleagues changed
 * since the last look (this app's own writes are skipped: it has shown them already). It also
 * passes on how the database answers ({@link app.gendan.store.Database#onLinkChange}): not
 * answering, gone, and back again, served from this computer now or from another one. After each
 * reconnection, and now and then, it finishes imports a crash left half-done.
 */
public final class ChangeWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);
    /** Every how many polls unfinished imports are looked for (they also are after each reconnection). */
    private static final int REPAIR_EVERY = 12;

    private final Workspace workspace;
    private final Consumer<List<Change>> listener;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService poller;
    private volatile Consumer<LinkStatus> statusListener = s -> { };
    private volatile LinkStatus status;
    private long seen;
    private long polls;

    public ChangeWatcher(Workspace workspace, Consumer<List<Change>> listener) {
        this.workspace = workspace;
        this.listener = listener;
        this.seen = workspace.latestChange();
        this.status = new LinkStatus(LinkStatus.State.CONNECTED, workspace.server(), clock.instant());
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gendan-change-watcher");
            t.setDaemon(true);
            return t;
        });
        workspace.onLinkChange(this::linkChanged);
    }

    /** Tells {@code l} each change of the link's state (on a background thread). */
    public ChangeWatcher onStatus(Consumer<LinkStatus> l) {
        this.statusListener = l;
        return this;
    }

    public LinkStatus status() { return status; }

    /** Starts polling every {@code interval}. */
    public ChangeWatcher start(Duration interval) {
        poller.scheduleWithFixedDelay(this::pollQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Looks once; true (and the listener called) when a colleague changed something since the last look. */
    public synchronized boolean poll() {
        boolean colleagues = false;
        List<Change> changes;
        do {
            changes = workspace.changesAfter(seen);
            if (changes.isEmpty()) {
                break;
            }
            seen = changes.get(changes.size() - 1).id();
            List<Change> theirs = changes.stream().filter(c -> !c.own()).toList();
            if (!theirs.isEmpty()) {
                colleagues = true;
                listener.accept(theirs);
            }
        } while (changes.size() >= Workspace.CHANGES_PER_READ);
        if (++polls % REPAIR_EVERY == 0) {
            repair();
        }
        return colleagues;
    }

    private void linkChanged(DatabaseTrouble trouble) {
        if (trouble == DatabaseTrouble.NOT_ANSWERING) {
            report(LinkStatus.State.NOT_ANSWERING);
        } else if (trouble != null) {
            report(LinkStatus.State.LOST);
        } else if (status.isTrouble()) {
            report(workspace.servesFile() ? LinkStatus.State.TOOK_OVER : LinkStatus.State.RECONNECTED);
            poller.execute(this::repair);
        }
    }

    /** An import or revert a crash left half-done is finished. */
    private void repair() {
        try {
            workspace.imports().repairUnfinished();
        } catch (RuntimeException e) {
            LOG.warn("Finishing unfinished imports failed; will retry: {}", e.getMessage());
        }
    }

    private void report(LinkStatus.State state) {
        if (status.state() == state) {
            return;
        }
        status = new LinkStatus(state, workspace.server(), clock.instant());
        try {
            statusListener.accept(status);
        } catch (RuntimeException e) {
            LOG.warn("Status listener failed", e);
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            // a shared file can be briefly unreachable while another machine takes over serving it
            LOG.warn("Change feed poll failed; will retry: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
