package app.gendan.service.backup;

import app.gendan.AppVersion;
import app.gendan.domain.GendanException;
import app.gendan.domain.backup.Retention;
import app.gendan.store.Database;
import app.gendan.store.DatabaseUrl;
import app.gendan.store.SchemaVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the open database, taken online: a consistent snapshot copied into a new Gendan
 * database, verified, zipped with its manifest, checked again and only then moved into the
 * backup folder. Backing up writes nothing to the live database. After each backup into a folder
 * the regular backups of this database there are rotated ({@link Retention}); the one just
 * made and every before-restore copy are never removed.
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final Database db;
    private final Clock clock;

    public BackupService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Backs up into {@code folder} under a dated name, then rotates this database's backups there. */
    public BackupResult backup(Path folder, BackupProgress progress, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        Path dbFile = liveFile();
        Instant takenAt = clock.instant();
        BackupFolder.removeStaleTemps(folder);
        try (VerifiedCopy copy = copy(dbFile, progress, cancelled)) {
            Path part = tempIn(folder);
            try {
                BackupInfo written = archive(copy, takenAt, part, progress, cancelled);
                Path placed = BackupFolder.place(part, folder, BackupNames.base(dbFile), takenAt.atZone(clock.getZone()),
                        BackupKind.BACKUP);
                BackupInfo info = new BackupInfo(placed, written.size(), takenAt, written.manifest());
                List<Path> removed = rotate(folder, placed);
                LOG.info("Backed up {} to {} ({} bytes); rotation removed {}", dbFile, placed, info.size(), removed);
                return new BackupResult(info, Duration.ofNanos(System.nanoTime() - start), removed);
            } catch (IOException e) {
                throw new GendanException(e, "backup.error.write", folder, e.getMessage());
            } finally {
                deleteQuietly(part);
            }
        }
    }

    /**
     * Backs up to exactly {@code file}, not rotated: an archive, or a database file Gendan opens
     * as it is when the name ends in {@code .mv.db} (which must not exist yet).
     */
    public BackupResult backupTo(Path file, BackupProgress progress, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        Path dbFile = liveFile();
        Path target = file.toAbsolutePath().normalize();
        boolean plain = target.getFileName().toString().endsWith(DatabaseUrl.FILE_SUFFIX);
        if (target.equals(dbFile) || plain && Files.exists(target)) {
            throw new GendanException("backup.error.targetExists", target);
        }
        Instant takenAt = clock.instant();
        try (VerifiedCopy copy = copy(dbFile, progress, cancelled)) {
            Path part = tempIn(target.getParent());
            try {
                BackupInfo written;
                if (plain) {
                    Files.copy(copy.file(), part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    // described as an archive would be, for whoever reports it; a database file carries no manifest
                    written = new BackupInfo(target, Files.size(part), takenAt, manifest(copy, takenAt));
                } else {
                    written = archive(copy, takenAt, part, progress, cancelled);
                }
                BackupFolder.sync(part);
                BackupFolder.moveOver(part, target);
                BackupInfo info = new BackupInfo(target, written.size(), takenAt, written.manifest());
                LOG.info("Backed up {} to {} ({} bytes)", dbFile, target, info.size());
                return new BackupResult(info, Duration.ofNanos(System.nanoTime() - start), List.of());
            } catch (IOException e) {
                throw new GendanException(e, "backup.error.write", target, e.getMessage());
            } finally {
                deleteQuietly(part);
            }
        }
    }

    /** The automatic backup: one into {@code folder} unless this database already has one there from today. */
    public Optional<BackupResult> backupIfNoneToday(Path folder) {
        LocalDate today = LocalDate.now(clock);
        boolean done = latest(folder).filter(b -> !b.takenAt().atZone(clock.getZone()).toLocalDate().isBefore(today)).isPresent();
        if (done) {
            return Optional.empty();
        }
        return Optional.of(backup(folder, BackupProgress.NONE, () -> false));
    }

    /** This database's newest regular backup in {@code folder}. */
    public Optional<BackupInfo> latest(Path folder) {
        String source = source();
        return BackupFolder.list(folder).stream()
                .filter(b -> b.kind() == BackupKind.BACKUP && source.equals(b.source())).findFirst();
    }

    private Path liveFile() {
        Path file = db.file().orElse(null);
        if (file == null) {
            throw new GendanException("backup.error.notAFile", db.description());
        }
        return file;
    }

    private String source() {
        Path file = db.file().orElse(null);
        return file == null ? db.description() : file.toString();
    }

    private VerifiedCopy copy(Path dbFile, BackupProgress progress, BooleanSupplier cancelled) {
        try {
            return VerifiedCopy.of(db, dbFile.getFileName().toString(), f -> progress.update(0.85 * f), cancelled);
        } catch (CancellationException e) {
            throw new GendanException(e, "backup.cancelled");
        }
    }

    /** Zips the verified copy to {@code part} and reads it back; the result names {@code part}. */
    private BackupInfo archive(VerifiedCopy copy, Instant takenAt, Path part, BackupProgress progress,
                               BooleanSupplier cancelled) throws IOException {
        long start = System.nanoTime();
        try {
            BackupArchive.write(copy.file(), manifest(copy, takenAt), part, f -> progress.update(0.85 + 0.1 * f), cancelled);
        } catch (CancellationException e) {
            throw new GendanException(e, "backup.cancelled");
        }
        long zipped = System.nanoTime();
        BackupManifest read = BackupArchive.verify(part);
        progress.update(1);
        LOG.info("Archived the copy in {} ms ({} bytes), read it back in {} ms", (zipped - start) / 1_000_000, Files.size(part),
                (System.nanoTime() - zipped) / 1_000_000);
        return new BackupInfo(part, Files.size(part), takenAt, read);
    }

    private BackupManifest manifest(VerifiedCopy copy, Instant takenAt) {
        return BackupManifest.of(BackupKind.BACKUP, source(), takenAt, AppVersion.get(), SchemaVersion.LATEST,
                copy.file().getFileName().toString(), true, copy.rows());
    }

    /** Removes this database's regular backups in {@code folder} that {@link Retention} does not keep; never {@code keep}. */
    private List<Path> rotate(Path folder, Path keep) {
        String source = source();
        Map<Path, Instant> mine = new HashMap<>();
        for (BackupInfo b : BackupFolder.list(folder)) {
            if (b.readable() && b.kind() == BackupKind.BACKUP && source.equals(b.source())) {
                mine.put(b.file(), b.takenAt());
            }
        }
        Set<Path> kept = Retention.keep(mine, clock.getZone());
        List<Path> removed = new ArrayList<>();
        for (Path p : mine.keySet()) {
            if (!kept.contains(p) && !p.equals(keep)) {
                try {
                    Files.deleteIfExists(p);
                    removed.add(p);
                } catch (IOException e) {
                    LOG.warn("Cannot remove old backup {}", p, e);
                }
            }
        }
        removed.sort(null);
        return removed;
    }

    private static Path tempIn(Path folder) {
        try {
            return BackupFolder.tempFile(folder);
        } catch (IOException e) {
            throw new GendanException(e, "backup.error.write", folder, e.getMessage());
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.info("Cannot delete {}", file, e);
        }
    }
}
