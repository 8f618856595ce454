package app.gendan.service.backup;

import app.gendan.domain.GendanException;
import app.gendan.domain.backup.DatabaseFacts;
import app.gendan.store.CopyProgress;
import app.gendan.store.Database;
import app.gendan.store.DatabaseInspection;
import app.gendan.store.SchemaVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A copy of the live database in a temporary folder, written from one consistent snapshot into a
 * new file made by this build's migrations, then verified: opened read-only, at this build's
 * schema version, with every table holding the rows that were read. Closing deletes it.
 */
final class VerifiedCopy implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VerifiedCopy.class);
    private final Path folder;
    private final Path file;
    private final Map<String, Long> rows;

    private VerifiedCopy(Path folder, Path file, Map<String, Long> rows) {
        this.folder = folder;
        this.file = file;
        this.rows = rows;
    }

    /** Copies {@code live}; progress runs from 0 to 1 over the copy and the check. */
    static VerifiedCopy of(Database live, String fileName, BackupProgress progress, BooleanSupplier cancelled) {
        Path folder;
        try {
            folder = Files.createTempDirectory("gendan-backup-");
        } catch (IOException e) {
            throw new GendanException(e, "backup.error.write", System.getProperty("java.io.tmpdir"), e.getMessage());
        }
        try {
            Path file = folder.resolve(fileName);
            Map<String, Long> rows;
            long start = System.nanoTime();
            try (Database copy = Database.createPrivate(file)) {
                CopyProgress copied = (done, total) -> progress.update(total == 0 ? 0.9 : 0.9 * done / total);
                rows = live.copyInto(copy, copied, cancelled);
            }
            long copiedAt = System.nanoTime();
            DatabaseFacts facts = DatabaseInspection.inspect(file, "backup.error.verify", live.description());
            if (facts.schemaVersion() != SchemaVersion.LATEST || !facts.rows().equals(rows)) {
                throw new GendanException("backup.error.verify", live.description());
            }
            progress.update(1);
            LOG.info("Copied {} in {} ms ({} bytes), checked it in {} ms", live.description(), (copiedAt - start) / 1_000_000,
                    file.toFile().length(), (System.nanoTime() - copiedAt) / 1_000_000);
            return new VerifiedCopy(folder, file, rows);
        } catch (RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    Path file() { return file; }

    Map<String, Long> rows() { return rows; }

    @Override
    public void close() {
        delete(folder);
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            org.slf4j.LoggerFactory.getLogger(VerifiedCopy.class).warn("Cannot delete temporary {}", folder, e);
        }
    }
}
