package app.gendan.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;

/**
 * Runs database work off the JavaFX thread and hands the result back on it. Counts the work in
 * flight so the window can show that something is busy.
 */
public final class FxTasks implements AutoCloseable {
    private final ExecutorService executor;
    private final IntegerProperty running = new SimpleIntegerProperty();

    public FxTasks() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "gendan-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newFixedThreadPool(2, threads);
    }

    /** Runs {@code work} in the background; exactly one of the callbacks runs afterwards on the FX thread. */
    public <T> Task<T> run(Callable<T> work, Consumer<? super T> onDone, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> finish(() -> onDone.accept(task.getValue())));
        task.setOnFailed(e -> finish(() -> onError.accept(task.getException())));
        onFx(() -> running.set(running.get() + 1));
        executor.execute(task);
        return task;
    }

    private void finish(Runnable callback) {
        try {
            callback.run();
        } finally {
            running.set(running.get() - 1);
        }
    }

    /** How many tasks are in flight (read on the FX thread). */
    public ReadOnlyIntegerProperty runningProperty() { return running; }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
