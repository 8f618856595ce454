package app.gendan.service;

import app.gendan.domain.Change;
import app.gendan.domain.DatabaseException;
import app.gendan.domain.LinkStatus;
import app.gendan.domain.i18n.MessageRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the change feed on a background thread and tells the listener what colleagues changed
 * since the last look (this app's own writes are skipped: it has shown them already). The poll is
 * also the app's pulse on a shared file: a poll that has waited longer than
 * {@link #NOT_ANSWERING_AFTER} means the computer serving the file is not answering; a poll that
 * fails means the connection broke (the next one reconnects, and serves the file from here when the
 * old server is gone). Each change of that state goes to the status listener.
 */
public final class ChangeWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);
    /** How long a poll may wait before the serving computer counts as not answering. */
    public static final Duration NOT_ANSWERING_AFTER = Duration.ofSeconds(4);

    private final Workspace workspace;
    private final Consumer<List<Change>> listener;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService poller;
    private final ScheduledExecutorService pulse;
    private volatile Consumer<LinkStatus> statusListener = s -> { };
    private volatile LinkStatus status;
    private volatile Instant pollStarted;
    private long seen;
    private long polls;
    /** Every how many polls unfinished imports are looked for (they also are after each reconnection). */
    private static final int REPAIR_EVERY = 12;

    public ChangeWatcher(Workspace workspace, Consumer<List<Change>> listener) {
        this.workspace = workspace;
        this.listener = listener;
        this.seen = workspace.latestChange();
        this.status = new LinkStatus(LinkStatus.State.CONNECTED, workspace.server(), clock.instant());
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "gendan-change-watcher"));
        this.pulse = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "gendan-link-pulse"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Tells {@code l} each change of the link's state (on the watcher's threads). */
    public ChangeWatcher onStatus(Consumer<LinkStatus> l) {
        this.statusListener = l;
        return this;
    }

    public LinkStatus status() { return status; }

    /** Starts polling every {@code interval}, and checking once a second that the poll is not stuck. */
    public ChangeWatcher start(Duration interval) {
        poller.scheduleWithFixedDelay(this::pollQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        pulse.scheduleWithFixedDelay(this::checkStuck, 1, 1, TimeUnit.SECONDS);
        return this;
    }

    /** Looks once; true (and the listener called) when a colleague changed something since the last look. */
    public synchronized boolean poll() {
        pollStarted = clock.instant();
        try {
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
            pollStarted = null;
            answered();
            return colleagues;
        } catch (DatabaseException e) {
            pollStarted = null;
            if (e.trouble().isConnection()) {
                report(LinkStatus.State.LOST, workspace.server());
            }
            throw e;
        } finally {
            pollStarted = null;
        }
    }

    private void answered() {
        LinkStatus before = status;
        if (before.isTrouble()) {
            boolean here = workspace.servesFile();
            report(here ? LinkStatus.State.TOOK_OVER : LinkStatus.State.RECONNECTED, workspace.server());
            repair();
        } else if (++polls % REPAIR_EVERY == 0) {
            repair();
        }
    }

    /** After trouble, and now and then: an import or revert a crash left half-done is finished. */
    private void repair() {
        try {
            workspace.imports().repairUnfinished();
        } catch (RuntimeException e) {
            LOG.warn("Finishing unfinished imports failed; will retry: {}", e.getMessage());
        }
    }

    private void checkStuck() {
        Instant started = pollStarted;
        if (started != null && Duration.between(started, clock.instant()).compareTo(NOT_ANSWERING_AFTER) > 0
                && status.state() != LinkStatus.State.NOT_ANSWERING) {
            report(LinkStatus.State.NOT_ANSWERING, workspace.server());
        }
    }

    private void report(LinkStatus.State state, MessageRef server) {
        if (status.state() == state) {
            return;
        }
        status = new LinkStatus(state, server, clock.instant());
        LOG.info("Database link: {}", state);
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
        pulse.shutdownNow();
        poller.shutdownNow();
    }
}
