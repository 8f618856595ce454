package app.gendan.ui.imports;

import app.gendan.service.imports.ImportProgress;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands progress reported on a worker thread to the FX thread without flooding it: only the
 * latest report is kept, and at most one hand-over is queued at a time.
 */
final class ProgressRelay implements ImportProgress {
    record Report(Phase phase, long done, long total) {}

    private final AtomicReference<Report> latest = new AtomicReference<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final Consumer<Report> onFx;
    private final ImportProgress tap;

    /** @param tap also told of every report, on the worker thread (a seam for tests; usually NONE) */
    ProgressRelay(Consumer<Report> onFx, ImportProgress tap) {
        this.onFx = onFx;
        this.tap = tap;
    }

    @Override
    public void update(Phase phase, long done, long total) {
        latest.set(new Report(phase, done, total));
        if (queued.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                queued.set(false);
                onFx.accept(latest.get());
            });
        }
        tap.update(phase, done, total);
    }
}
