package app.gendan.ui.today;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Asks once a minute, on the FX thread, whether the day has turned. A plain timer thread rather
 * than an animation: a running JavaFX animation keeps the window repainting, a timer costs nothing.
 * Checking every minute (rather than sleeping until midnight) also notices a laptop waking up.
 */
public final class DayWatch implements AutoCloseable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gendan-day-watch");
        t.setDaemon(true);
        return t;
    });

    private final ScheduledFuture<?> future;

    private DayWatch(Runnable check) {
        this.future = TIMER.scheduleWithFixedDelay(() -> Platform.runLater(check), 1, 1, TimeUnit.MINUTES);
    }

    /** Runs {@code check} on the FX thread every minute until closed. */
    public static DayWatch start(Runnable check) {
        return new DayWatch(check);
    }

    @Override
    public void close() {
        future.cancel(false);
    }
}
