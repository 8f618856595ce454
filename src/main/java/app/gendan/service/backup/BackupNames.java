package app.gendan.service.backup;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Names of backup archives: the database's name and the local time they were taken, as in
 * {@code gendan-2026-12-02T1830.mv.db.zip}, {@code gendan-2026-12-02T1830-before-restore.mv.db.zip}
 * for the database a restore replaced, and {@code -2}, {@code -3} … for a second one in the same minute.
 */
final class BackupNames {
    static final String SUFFIX = ".mv.db.zip";
    private static final String DB_SUFFIX = ".mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm");

    private BackupNames() {}

    /** "gendan" for …/gendan.mv.db. */
    static String base(Path dbFile) {
        String name = dbFile.getFileName().toString();
        return name.endsWith(DB_SUFFIX) ? name.substring(0, name.length() - DB_SUFFIX.length()) : name;
    }

    static String name(String base, ZonedDateTime at, BackupKind kind, int attempt) {
        return base + "-" + STAMP.format(at) + (kind == BackupKind.BEFORE_RESTORE ? "-before-restore" : "")
                + (attempt > 1 ? "-" + attempt : "") + SUFFIX;
    }

    /** A finished archive (temporary files start with a dot). */
    static boolean isArchive(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SUFFIX) && !name.startsWith(".");
    }
}
