package app.gendan.service.export;

import java.util.function.BooleanSupplier;

/** Counts the rows of one export, reports progress now and then, and stops it when cancelled. */
final class ExportRun {
    private static final int REPORT_EVERY = 250;

    private final ExportProgress progress;
    private final BooleanSupplier cancelled;
    private long total;
    private long done;

    ExportRun(ExportProgress progress, BooleanSupplier cancelled) {
        this.progress = progress == null ? ExportProgress.NONE : progress;
        this.cancelled = cancelled == null ? () -> false : cancelled;
    }

    /** Adds rows still to come to the total (a workbook of several tables adds each). */
    void expect(long rows) {
        total += rows;
        checkCancelled();
        progress.update(done, Math.max(total, done));
    }

    void rowWritten() {
        done++;
        checkCancelled();
        if (done % REPORT_EVERY == 0) {
            progress.update(done, Math.max(total, done));
        }
    }

    void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new ExportCancelledException();
        }
    }

    long done() { return done; }

    void finished() {
        progress.update(done, done);
    }
}
