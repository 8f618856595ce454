package app.gendan.service.backup;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backup archives in a folder: listing them, a temporary file to write the next one to, and
 * moving it into place under a name no other backup has, even when two Gendans back up into
 * one shared folder at the same moment.
 */
public final class BackupFolder {
    private static final Logger LOG = LoggerFactory.getLogger(BackupFolder.class);
    /** A temporary file this old was left by a backup that died; a running one finishes far sooner. */
    private static final Duration STALE = Duration.ofDays(1);

    private BackupFolder() {}

    /** Every archive in {@code folder}, newest first; none when the folder does not exist. */
    public static List<BackupInfo> list(Path folder) {
        List<BackupInfo> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        // an empty file is a name claimed by a backup still being moved into place: not a backup yet
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                f -> BackupNames.isArchive(f) && Files.isRegularFile(f) && Files.size(f) > 0)) {
            for (Path f : files) {
                found.add(info(f));
            }
        } catch (IOException e) {
            LOG.warn("Cannot list backups in {}", folder, e);
        }
        found.sort(Comparator.comparing(BackupInfo::takenAt).reversed().thenComparing(b -> b.file().getFileName().toString()));
        return found;
    }

    /** What listing says about one archive. */
    public static BackupInfo info(Path file) {
        BackupManifest m = BackupArchive.manifest(file).orElse(null);
        long size;
        Instant modified;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            size = 0;
            modified = Instant.EPOCH;
        }
        return new BackupInfo(file, size, m == null ? modified : m.takenAtInstant(), m);
    }

    /** Reads {@code archive} whole and checks its database against its manifest; throws GendanException when it is damaged. */
    public static void check(Path archive) {
        BackupArchive.verify(archive);
    }

    /** An empty temporary file in {@code folder} for an archive being written (hidden, so listing skips it). */
    static Path tempFile(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(folder.resolve(".gendan-backup-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part"));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    /** The name the next archive of {@code base} taken at {@code at} would get. */
    static Path freeName(Path folder, String base, ZonedDateTime at, BackupKind kind) {
        for (int attempt = 1; ; attempt++) {
            Path target = folder.resolve(BackupNames.name(base, at, kind, attempt));
            if (!Files.exists(target)) {
                return target;
            }
        }
    }

    /**
     * Moves the finished {@code temp} into {@code folder} under the first free name. The name is
     * claimed by creating it, which fails when it exists, so a colleague's backup of the same
     * minute is never replaced.
     */
    static Path place(Path temp, Path folder, String base, ZonedDateTime at, BackupKind kind) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path target = folder.resolve(BackupNames.name(base, at, kind, attempt));
            try {
                Files.createFile(target);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            try {
                sync(temp);
                moveOver(temp, target);
            } catch (IOException e) {
                Files.deleteIfExists(target);
                throw e;
            }
            return target;
        }
    }

    /** Makes sure the bytes of {@code file} are on the disk, not only in the OS's cache, before it is moved into place. */
    static void sync(Path file) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Moves {@code temp} over {@code target} in one step where the file system can. */
    static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes temporary files that backups which died left behind. */
    static void removeStaleTemps(Path folder) {
        Instant now = Instant.now(); // the file system's time, not the clock of the data
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".gendan-backup-*.part")) {
            for (Path f : files) {
                if (Files.getLastModifiedTime(f).toInstant().isBefore(now.minus(STALE))) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            LOG.info("Cannot tidy temporary files in {}", folder, e);
        }
    }
}
