package app.gendan.store;

/** Told how far a copy of a database has come, in rows. */
@FunctionalInterface
public interface CopyProgress {
    CopyProgress NONE = (done, total) -> { };

    void copied(long rows, long totalRows);
}
