package app.gendan.service.backup;

import app.gendan.domain.backup.DatabaseFacts;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A backup that passed every check a restore makes first, with its database already unpacked
 * to a temporary file: what the restore puts in place. Closing deletes the temporary file.
 */
public final class RestoreCheck implements AutoCloseable {
    private final Path backup;
    private final BackupManifest manifest;
    private final DatabaseFacts facts;
    private final Path workFolder;
    private final Path database;

    RestoreCheck(Path backup, BackupManifest manifest, DatabaseFacts facts, Path workFolder, Path database) {
        this.backup = backup;
        this.manifest = manifest;
        this.facts = facts;
        this.workFolder = workFolder;
        this.database = database;
    }

    public Path backup() { return backup; }

    /** Null for a plain database file or an archive without Gendan's manifest. */
    public BackupManifest manifest() { return manifest; }

    /** The schema version and the rows of each table, as read from the backup's database. */
    public DatabaseFacts facts() { return facts; }

    /** When the backup was taken, if it says. */
    public Instant takenAt() { return manifest == null ? null : manifest.takenAtInstant(); }

    Path database() { return database; }

    @Override
    public void close() {
        VerifiedCopy.delete(workFolder);
    }
}
