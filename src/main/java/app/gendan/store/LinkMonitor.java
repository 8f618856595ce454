package app.gendan.store;

import app.gendan.domain.DatabaseTrouble;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This app's pulse on its database: every {@link #INTERVAL} a cheap query on a thread of its own.
 * A query that has waited longer than {@link #NOT_ANSWERING_AFTER} means the computer serving a
 * shared file holds the connection but does not answer (asleep, stopped, cut off); one that failed
 * means the connection broke. Writes ask it how long the database has not been answering, so that a
 * save waiting for a sleeping laptop is given up (and said so) instead of hanging; the status bar
 * listens to it. Nothing here ever blocks: the probe thread may hang, the answer never does.
 */
final class LinkMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LinkMonitor.class);
    static final Duration INTERVAL = Duration.ofSeconds(2);
    private static final Duration WATCH_INTERVAL = Duration.ofMillis(250);
    static final Duration NOT_ANSWERING_AFTER = Duration.ofSeconds(4);

    /** What the monitor last made of the link; {@code since} in milliseconds of {@link System#nanoTime()}. */
    record State(DatabaseTrouble trouble, long sinceNanos) {
        boolean fine() { return trouble == null; }
    }

    private final Runnable probe;
    private final List<Consumer<DatabaseTrouble>> listeners = new CopyOnWriteArrayList<>();
    private final Thread prober;
    private final Thread watch;
    private volatile long probeStarted; // 0 while no probe is waiting
    private volatile boolean lastFailed;
    private volatile State state = new State(null, System.nanoTime());
    private volatile boolean closed;

    LinkMonitor(Runnable probe) {
        this.probe = probe;
        this.prober = Thread.ofPlatform().daemon().name("gendan-link-probe").unstarted(this::probeLoop);
        this.watch = Thread.ofPlatform().daemon().name("gendan-link-watch").unstarted(this::watchLoop);
    }

    LinkMonitor start() {
        prober.start();
        watch.start();
        return this;
    }

    /** Tells {@code l} each change: the trouble, or null when the link is fine again (on a monitor thread). */
    void onChange(Consumer<DatabaseTrouble> l) {
        listeners.add(l);
    }

    /** The trouble now, or null. */
    DatabaseTrouble trouble() {
        return state.trouble();
    }

    /** How long the database has not been answering; zero when it answers. */
    Duration notAnsweringFor() {
        long started = probeStarted;
        if (started == 0) {
            return Duration.ZERO;
        }
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        return waited.compareTo(NOT_ANSWERING_AFTER) > 0 ? waited : Duration.ZERO;
    }

    private void probeLoop() {
        while (!closed) {
            probeStarted = System.nanoTime();
            try {
                probe.run();
                lastFailed = false;
            } catch (RuntimeException e) {
                lastFailed = true;
            } catch (OutOfMemoryError e) {
                // the app is short of memory for a moment (a file too big is being refused): not the link's trouble
            } finally {
                probeStarted = 0;
            }
            try {
                sleep(INTERVAL);
            } catch (OutOfMemoryError e) {
                // as above
            }
        }
    }

    private void watchLoop() {
        while (!closed) {
            try {
                look();
                sleep(WATCH_INTERVAL);
            } catch (OutOfMemoryError e) {
                // short of memory for a moment (a file too big is being refused): look again next time
            }
        }
    }

    private void look() {
        {
            DatabaseTrouble now = !notAnsweringFor().isZero() ? DatabaseTrouble.NOT_ANSWERING
                    : lastFailed ? DatabaseTrouble.LOST : null;
            if (now != state.trouble()) {
                state = new State(now, System.nanoTime());
                LOG.info("Database link: {}", now == null ? "answering" : now);
                for (Consumer<DatabaseTrouble> l : listeners) {
                    try {
                        l.accept(now);
                    } catch (RuntimeException e) {
                        LOG.warn("Link listener failed", e);
                    }
                }
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops both threads, waiting a moment for a probe in flight: its connection must be back in
     * the pool before the pool is closed (a connection closed later would close the database under
     * whoever opens the same file next in this process). A probe stuck on a server that does not
     * answer is left behind after that moment.
     */
    @Override
    public void close() {
        closed = true;
        watch.interrupt();
        prober.interrupt();
        try {
            prober.join(NOT_ANSWERING_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
