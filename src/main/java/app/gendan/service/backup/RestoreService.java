package app.gendan.service.backup;

import app.gendan.AppVersion;
import app.gendan.domain.GendanException;
import app.gendan.domain.backup.DatabaseFacts;
import app.gendan.store.DatabaseFileLock;
import app.gendan.store.DatabaseInspection;
import app.gendan.store.DatabaseUrl;
import app.gendan.store.SchemaVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup in place of a database file. The backup is checked first (it unpacks, its
 * archive matches its manifest, it opens, it is a Gendan database no newer than this build, every
 * row reads and the rows per table are those it was verified with); the target must not be open
 * in any process; the file it replaces is kept in the backup folder as a before-restore copy,
 * which rotation never removes; then the backup is moved over the target in one step. A refusal
 * at any point changes nothing.
 */
public final class RestoreService {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] H2 = "H:2".getBytes(StandardCharsets.ISO_8859_1);

    private final Clock clock;

    public RestoreService(Clock clock) {
        this.clock = clock;
    }

    /** The database file Gendan opens for {@code requested} (a folder, a name with or without .mv.db). */
    public static Path databaseFile(Path requested) {
        return DatabaseUrl.normalise(requested);
    }

    /** Checks {@code backup} as a restore would, writing only to a temporary folder. */
    public RestoreCheck check(Path backup) {
        Path file = backup.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new GendanException("backup.error.missing", file);
        }
        Path work;
        try {
            work = Files.createTempDirectory("gendan-restore-");
        } catch (IOException e) {
            throw new GendanException(e, "backup.error.write", System.getProperty("java.io.tmpdir"), e.getMessage());
        }
        try {
            Path db = work.resolve("restore" + DatabaseUrl.FILE_SUFFIX);
            BackupManifest manifest = unpack(file, db);
            if (manifest != null && manifest.schemaVersion() > SchemaVersion.LATEST) {
                throw newer(file, manifest.schemaVersion());
            }
            DatabaseFacts facts = DatabaseInspection.inspect(db, "backup.error.damaged", file.toString());
            if (facts.schemaVersion() > SchemaVersion.LATEST) {
                throw newer(file, facts.schemaVersion());
            }
            if (facts.schemaVersion() < 0) {
                throw new GendanException("backup.error.damaged", file);
            }
            if (facts.schemaVersion() == 0) {
                throw new GendanException("backup.error.notBackup", file);
            }
            if (manifest != null && manifest.verified() && manifest.rows() != null && !manifest.rows().equals(facts.rows())) {
                LOG.warn("Backup {} holds rows {}, its manifest says {}", file, facts.rows(), manifest.rows());
                throw new GendanException("backup.error.damaged", file);
            }
            return new RestoreCheck(file, manifest, facts, work, db);
        } catch (RuntimeException e) {
            VerifiedCopy.delete(work);
            throw e;
        }
    }

    private static GendanException newer(Path file, int version) {
        return new GendanException("backup.error.newer", file, version, SchemaVersion.LATEST);
    }

    /** Unpacks an archive, or copies a plain database file, to {@code db}; returns the archive's manifest. */
    private static BackupManifest unpack(Path file, Path db) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new GendanException(e, "backup.error.damaged", file);
        }
        if (Arrays.equals(head, ZIP)) {
            return BackupArchive.extract(file, db);
        }
        if (head.length >= H2.length && Arrays.equals(Arrays.copyOf(head, H2.length), H2)) {
            try {
                Files.copy(file, db);
                return null;
            } catch (IOException e) {
                throw new GendanException(e, "backup.error.damaged", file);
            }
        }
        // named as Gendan names its archives, but no longer one
        throw new GendanException(BackupNames.isArchive(file) ? "backup.error.damaged" : "backup.error.notBackup", file);
    }

    /**
     * What {@link #restore} would do with {@code target} now, refusing as it would when the target
     * is in use. Changes nothing.
     */
    public RestorePreview preview(Path target, Path backupFolder) {
        Path file = DatabaseUrl.normalise(target);
        if (!Files.exists(file)) {
            return new RestorePreview(file, null);
        }
        DatabaseFileLock.acquire(file, "backup.error.inUse").close();
        return new RestorePreview(file, BackupFolder.freeName(backupFolder, BackupNames.base(file),
                clock.instant().atZone(clock.getZone()), BackupKind.BEFORE_RESTORE));
    }

    /** Restores the checked backup into {@code target}, keeping the file it replaces in {@code backupFolder}. */
    public RestoreResult restore(RestoreCheck check, Path target, Path backupFolder) {
        Path file = DatabaseUrl.normalise(target);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new GendanException(e, "backup.error.write", file.getParent(), e.getMessage());
        }
        try (DatabaseFileLock lock = DatabaseFileLock.acquire(file, "backup.error.inUse")) {
            Path kept = Files.exists(file) ? keepBeforeRestore(file, backupFolder) : null;
            Path part = file.resolveSibling("." + file.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".restoring");
            try {
                Files.copy(check.database(), part);
                BackupFolder.sync(part);
                BackupFolder.moveOver(part, file);
            } catch (IOException e) {
                throw new GendanException(e, "backup.error.write", file, e.getMessage());
            } finally {
                BackupService.deleteQuietly(part);
            }
            LOG.info("Restored {} into {}; the replaced file is kept as {}", check.backup(), file, kept);
            return new RestoreResult(file, kept);
        }
    }

    /** Archives the database a restore is about to replace into the backup folder, as it is. */
    private Path keepBeforeRestore(Path file, Path folder) {
        Instant now = clock.instant();
        Path work = null;
        Path part = null;
        try {
            work = Files.createTempDirectory("gendan-before-restore-");
            Path copy = work.resolve(file.getFileName().toString());
            Files.copy(file, copy);
            DatabaseFacts facts = null;
            try {
                facts = DatabaseInspection.inspect(copy, "backup.error.damaged", file.toString());
            } catch (GendanException e) {
                LOG.warn("The database {} being replaced does not read; it is kept as it is", file);
            }
            boolean readable = facts != null && facts.schemaVersion() > 0;
            BackupManifest manifest = BackupManifest.of(BackupKind.BEFORE_RESTORE, file.toString(), now, AppVersion.get(),
                    facts == null ? -1 : facts.schemaVersion(), copy.getFileName().toString(), readable,
                    facts == null ? Map.of() : facts.rows());
            part = BackupFolder.tempFile(folder);
            BackupArchive.write(copy, manifest, part, BackupProgress.NONE, () -> false);
            BackupArchive.verify(part);
            return BackupFolder.place(part, folder, BackupNames.base(file), now.atZone(clock.getZone()), BackupKind.BEFORE_RESTORE);
        } catch (IOException e) {
            throw new GendanException(e, "backup.error.write", folder, e.getMessage());
        } finally {
            if (part != null) {
                BackupService.deleteQuietly(part);
            }
            if (work != null) {
                VerifiedCopy.delete(work);
            }
        }
    }
}
