package app.gendan.store;

import java.nio.file.Path;

/**
 * Builds the H2 URL for a database file. AUTO_SERVER lets several processes (on several
 * machines, for a file on a shared drive) open the same file: the first one serves it.
 */
public final class DatabaseUrl {
    public static final String FILE_SUFFIX = ".mv.db";

    private DatabaseUrl() {}

    /** Accepts "…/gendan", "…/gendan.mv.db" or a folder (then "gendan.mv.db" in it). */
    public static Path normalise(Path requested) {
        Path abs = requested.toAbsolutePath().normalize();
        if (java.nio.file.Files.isDirectory(abs)) {
            return abs.resolve("gendan" + FILE_SUFFIX);
        }
        String name = abs.getFileName().toString();
        return name.endsWith(FILE_SUFFIX) ? abs : abs.resolveSibling(name + FILE_SUFFIX);
    }

    public static String forFile(Path dbFile) {
        String base = base(dbFile);
        // LOCK_TIMEOUT: concurrent writers (order-number counter) wait rather than fail at once.
        // TRACE_LEVEL_FILE=0: H2 writes no .trace.db beside the file (Gendan logs what goes wrong itself).
        // H2's write delay stays (its background thread stores a large import's pages while the import
        // goes on); every commit is made durable by Database.transaction instead (see there).
        return "jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000;TRACE_LEVEL_FILE=0";
    }

    /**
     * A file only this process opens, such as a backup being written: no server for others, and
     * the space of superseded pages reused at once (RETENTION_TIME=0) instead of after 45 s, so
     * a copy written in a few seconds is about a third the size. That only weakens what a crash
     * leaves of the file while it is written, and a backup is checked after it is closed anyway.
     */
    public static String forPrivateFile(Path dbFile) {
        return "jdbc:h2:file:" + base(dbFile) + ";RETENTION_TIME=0";
    }

    /** A file opened only to be read, such as a backup being checked: nothing is written to it. */
    public static String forReadOnlyFile(Path dbFile) {
        return "jdbc:h2:file:" + base(dbFile) + ";ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0";
    }

    /** The file name without {@link #FILE_SUFFIX}, as H2 URLs name a database. */
    public static String base(Path dbFile) {
        String file = normalise(dbFile).toString();
        return file.substring(0, file.length() - FILE_SUFFIX.length());
    }
}
