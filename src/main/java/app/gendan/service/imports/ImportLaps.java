package app.gendan.service.imports;

/**
 * How long each step of an import took, logged at DEBUG: inspection, file hash, opening,
 * reading and matching, each kind of write, the commit. A slow import on someone's machine can
 * then be told apart from a slow database by turning this logger up.
 */
public final class ImportLaps {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportLaps.class);

    private ImportLaps() {}

    /** Logs the step that began at {@code since}; returns the time the next step starts. */
    public static long lap(String step, long since) {
        long now = System.nanoTime();
        LOG.debug("Import {}: {} ms", step, (now - since) / 1_000_000);
        return now;
    }
}
