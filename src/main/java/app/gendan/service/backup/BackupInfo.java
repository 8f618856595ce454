package app.gendan.service.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A backup archive in a folder as listing it finds it. {@code manifest} is null for an archive
 * whose description cannot be read (damaged or not Gendan's); then {@code takenAt} is the file's
 * modification time.
 */
public record BackupInfo(Path file, long size, Instant takenAt, BackupManifest manifest) {
    public boolean readable() { return manifest != null; }

    /** Verified when it was written: its database opened and every table had the rows read from the live one. */
    public boolean verified() { return manifest != null && manifest.verified(); }

    public BackupKind kind() { return manifest == null ? BackupKind.BACKUP : manifest.backupKind(); }

    public String source() { return manifest == null ? null : manifest.source(); }

    public long rows(String table) {
        return manifest == null || manifest.rows() == null ? 0 : manifest.rows().getOrDefault(table, 0L);
    }
}
