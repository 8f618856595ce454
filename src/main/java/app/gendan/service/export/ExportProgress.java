package app.gendan.service.export;

/** Told now and then how many rows of how many are written; called on the exporting thread. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
