package app.gendan.service.imports;

/**
 * Progress of a preview or an import, reported from the thread doing the work. Reading counts
 * data rows of the file; writing counts rows of the plan stored so far.
 */
@FunctionalInterface
public interface ImportProgress {
    /** Reports nothing. */
    ImportProgress NONE = (phase, done, total) -> { };

    /** Reading the file, writing the rows, and (done = total = 1) the commit, which can take a few seconds. */
    enum Phase { READING, WRITING, COMMITTING }

    /** @param total the expected count, or -1 when it is not known in advance (e.g. CSV rows) */
    void update(Phase phase, long done, long total);
}
