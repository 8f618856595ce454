package app.gendan.service;

import app.gendan.domain.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs reminders in the background: collects what is due, hands it to the listener, then sleeps
 * until the next due moment or until {@link #wake()} (called when data changes). It never spins
 * and never touches the UI thread; the listener hops to the UI itself.
 */
public final class ReminderScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);
    /** Upper bound of one sleep, so a clock change (laptop sleep, time zone) is noticed within a minute. */
    private static final Duration MAX_SLEEP = Duration.ofMinutes(1);

    private final ReminderService reminders;
    private final Supplier<User> user;
    private final Clock clock;
    private final Consumer<ReminderBatch> listener;
    /** The run as reminders see it, begun at the first pass with a signed-in user. */
    private volatile ReminderSession session;
    private volatile User sessionUser;
    private final Object lock = new Object();
    private boolean woken;
    private volatile boolean closed;
    private Thread thread;

    public ReminderScheduler(ReminderService reminders, Supplier<User> user, Clock clock, Consumer<ReminderBatch> listener) {
        this.reminders = reminders;
        this.user = user;
        this.clock = clock;
        this.listener = listener;
    }

    public void start() {
        thread = new Thread(this::loop, "gendan-reminders");
        thread.setDaemon(true);
        thread.start();
    }

    /** One pass: collect and deliver what is due. Returns when the next pass should run. */
    public Instant runOnce() {
        User u = user.get();
        if (u == null) {
            return clock.instant().plus(MAX_SLEEP);
        }
        if (session == null || sessionUser == null || sessionUser.id() != u.id()) {
            session = reminders.startSession(u);
            sessionUser = u;
        }
        // the next wake is counted from before the look, so a moment between the two is not slept past
        Instant lookedAt = clock.instant();
        ReminderBatch batch = reminders.collect(u, session);
        if (!batch.isEmpty()) {
            listener.accept(batch);
        }
        return reminders.nextWake(u, lookedAt);
    }

    /** Data changed (a new step, a snooze): look again now rather than at the planned time. */
    public void wake() {
        synchronized (lock) {
            woken = true;
            lock.notifyAll();
        }
    }

    private void loop() {
        while (!closed) {
            Instant next;
            try {
                next = runOnce();
            } catch (RuntimeException e) {
                LOG.warn("Reminder pass failed; retrying later", e);
                next = clock.instant().plus(Duration.ofMinutes(1));
            }
            long millis = Math.max(1, Math.min(MAX_SLEEP.toMillis(), Duration.between(clock.instant(), next).toMillis()));
            synchronized (lock) {
                if (!woken && !closed) {
                    try {
                        lock.wait(millis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                woken = false;
            }
        }
    }

    @Override
    public void close() {
        // no write here: close runs on the UI thread, and the passes note the run once a minute
        closed = true;
        wake();
        if (thread != null) {
            thread.interrupt();
        }
    }
}
