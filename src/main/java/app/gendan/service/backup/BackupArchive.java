package app.gendan.service.backup;

import app.gendan.domain.GendanException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backup archive: a zip holding the database file and its {@link BackupManifest}. The
 * manifest records the database entry's size and SHA-256, so reading the archive back proves
 * it holds exactly the bytes that were verified.
 */
final class BackupArchive {
    private static final Logger LOG = LoggerFactory.getLogger(BackupArchive.class);
    private static final int BUFFER = 1 << 16;
    /** Fastest compression: an H2 file shrinks to about a third either way, and this keeps the backup short. */
    private static final int LEVEL = Deflater.BEST_SPEED;

    private BackupArchive() {}

    /** Writes {@code db} and {@code manifest} (completed with the database's size and hash) to {@code zipFile}. */
    static BackupManifest write(Path db, BackupManifest manifest, Path zipFile, BackupProgress progress,
                                BooleanSupplier cancelled) throws IOException {
        long size = Files.size(db);
        MessageDigest sha = sha256();
        try (OutputStream file = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(LEVEL);
            zip.putNextEntry(new ZipEntry(manifest.databaseEntry()));
            byte[] buf = new byte[BUFFER];
            long done = 0;
            try (InputStream in = Files.newInputStream(db)) {
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    sha.update(buf, 0, n);
                    zip.write(buf, 0, n);
                    done += n;
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("backup cancelled");
                    }
                    progress.update(size == 0 ? 1 : (double) done / size);
                }
            }
            zip.closeEntry();
            BackupManifest complete = manifest.withDatabase(size, HexFormat.of().formatHex(sha.digest()));
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write(complete.toJson());
            zip.closeEntry();
            zip.finish();
            file.flush();
            return complete;
        }
    }

    /** Reads the whole archive: its database entry must have the size and SHA-256 its manifest names. */
    static BackupManifest verify(Path zipFile) {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            BackupManifest m = manifest(zip).orElseThrow(() -> new IOException("no manifest"));
            ZipEntry entry = zip.getEntry(m.databaseEntry());
            if (entry == null) {
                throw new IOException("no database entry " + m.databaseEntry());
            }
            try (InputStream in = zip.getInputStream(entry)) {
                check(m, in, OutputStream.nullOutputStream());
            }
            return m;
        } catch (IOException | RuntimeException e) {
            throw damaged(zipFile, e);
        }
    }

    /**
     * Writes the archive's database to {@code dbFile}, checked against the manifest's size and
     * hash; returns the manifest, or null for an archive without one (a zipped database file).
     */
    static BackupManifest extract(Path zipFile, Path dbFile) {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            BackupManifest m = manifest(zip).orElse(null);
            ZipEntry entry = m != null ? zip.getEntry(m.databaseEntry())
                    : zip.stream().filter(e -> e.getName().endsWith(".mv.db")).findFirst().orElse(null);
            if (entry == null) {
                throw new IOException("no database in the archive");
            }
            try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(dbFile)) {
                if (m == null) {
                    in.transferTo(out);
                } else {
                    check(m, in, out);
                }
            }
            return m;
        } catch (IOException | RuntimeException e) {
            throw damaged(zipFile, e);
        }
    }

    /** The manifest of an archive, empty when the file is no readable archive of Gendan's. */
    static Optional<BackupManifest> manifest(Path zipFile) {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            return manifest(zip);
        } catch (IOException | RuntimeException e) {
            LOG.info("Cannot read the manifest of {}: {}", zipFile, e.toString());
            return Optional.empty();
        }
    }

    private static Optional<BackupManifest> manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return Optional.of(BackupManifest.fromJson(in.readNBytes(1 << 20)));
        }
    }

    private static void check(BackupManifest m, InputStream in, OutputStream out) throws IOException {
        MessageDigest sha = sha256();
        byte[] buf = new byte[BUFFER];
        long size = 0;
        for (int n = in.read(buf); n > 0; n = in.read(buf)) {
            sha.update(buf, 0, n);
            out.write(buf, 0, n);
            size += n;
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        if (size != m.databaseSize() || !hash.equals(m.databaseSha256())) {
            throw new IOException("database entry has " + size + " bytes, SHA-256 " + hash + "; the manifest says "
                    + m.databaseSize() + ", " + m.databaseSha256());
        }
    }

    private static GendanException damaged(Path zipFile, Exception e) {
        LOG.warn("Backup {} is damaged", zipFile, e);
        return new GendanException(e, "backup.error.damaged", zipFile);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
