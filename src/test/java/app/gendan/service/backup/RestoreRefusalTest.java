package app.gendan.service.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gendan.domain.GendanException;
import app.gendan.store.HoldDatabaseMain;
import app.gendan.testing.DbDump;
import app.gendan.testing.ExportSeed;
import app.gendan.testing.Processes;
import app.gendan.testing.ServeDatabaseMain;
import app.gendan.testing.TestWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore that must not happen changes nothing: neither the database (by SHA-256) nor the
 * backup folder or the database's folder (every name and SHA-256).
 */
class RestoreRefusalTest {
    @TempDir
    Path dir;

    private Path live;
    private Path target;
    private Path folder;
    private BackupInfo good;
    private final RestoreService restore = new RestoreService(Clock.systemDefaultZone());

    @BeforeEach
    void aDatabaseAndItsBackup() {
        live = dir.resolve("live");
        target = live.resolve("gendan.mv.db");
        folder = dir.resolve("backups");
        try (TestWorkspace t = TestWorkspace.create(live)) {
            ExportSeed.into(t);
            good = t.ws.backups().backup(folder, BackupProgress.NONE, () -> false).backup();
            t.customer("备份之后才有的客户");
        }
    }

    /** Every file under the folders a restore may touch, with its SHA-256. */
    private Map<String, String> state() throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Path root : new Path[] {live, folder, dir.resolve("bad")}) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    files.put(dir.relativize(p).toString(), sha(p));
                }
            }
        }
        return files;
    }

    static String sha(Path p) throws IOException {
        var sha = BackupArchive.sha256();
        return java.util.HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p)));
    }

    /**
     * The state once it holds still: a process that has just opened the database may still be
     * writing to it (H2 stores its first changes a moment after opening).
     */
    private Map<String, String> settled() throws Exception {
        Map<String, String> last = state();
        for (int i = 0; i < 20; i++) {
            Thread.sleep(1_500);
            Map<String, String> now = state();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the files kept changing: " + last);
    }

    private void refused(Path backup, String key) throws Exception {
        Map<String, String> before = key.equals("backup.error.inUse") ? settled() : state();
        assertThat(before).containsKey("live/gendan.mv.db");
        assertThatThrownBy(() -> {
            try (RestoreCheck check = restore.check(backup)) {
                restore.restore(check, target, folder);
            }
        }).isInstanceOfSatisfying(GendanException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(state()).isEqualTo(before);
    }

    private Path bad(String name, byte[] bytes) throws IOException {
        Files.createDirectories(dir.resolve("bad"));
        return Files.write(dir.resolve("bad").resolve(name), bytes);
    }

    @Test
    void aDamagedArchiveIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(good.file());
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
            bytes[i] ^= 0x5A;
        }
        refused(bad("damaged.mv.db.zip", bytes), "backup.error.damaged");
    }

    @Test
    void aTruncatedArchiveIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(good.file());
        refused(bad("truncated.mv.db.zip", Arrays.copyOf(bytes, bytes.length / 2)), "backup.error.damaged");
    }

    @Test
    void aFileThatIsNoBackupIsRefused() throws Exception {
        refused(bad("notes.txt", "客户名单\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "backup.error.notBackup");
        refused(dir.resolve("bad/missing.mv.db.zip"), "backup.error.missing");
    }

    @Test
    void aBackupFromANewerGendanIsRefusedAsAnArchiveAndAsAPlainFile() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path newer = work.resolve("gendan.mv.db");
        BackupArchive.extract(good.file(), newer);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("gendan"), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '99', 'from the future',"
                    + " 'SQL', 'V99__future.sql', 'SA', 1, TRUE)");
        }
        refused(bad("newer.mv.db", Files.readAllBytes(newer)), "backup.error.newer");

        BackupManifest m = BackupManifest.of(BackupKind.BACKUP, target.toString(), java.time.Instant.now(), "9.9", 99,
                "gendan.mv.db", true, DbDump.IMPORT_TABLES.stream().collect(java.util.stream.Collectors.toMap(t -> t, t -> 0L)));
        Path zip = work.resolve("newer.zip");
        BackupArchive.write(newer, m, zip, BackupProgress.NONE, () -> false);
        refused(bad("newer.mv.db.zip", Files.readAllBytes(zip)), "backup.error.newer");
    }

    @Test
    void aDatabaseAColleaguesGendanServesIsRefused() throws Exception {
        try (Processes colleague = Processes.start(dir.resolve("logs"), ServeDatabaseMain.class, target.toString())) {
            colleague.await("SERVING"::equals, 1, 60);
            refused(good.file(), "backup.error.inUse");
            assertThatThrownBy(() -> restore.preview(target, folder)).isInstanceOf(GendanException.class);
        }
    }

    @Test
    void aDatabaseAnotherProgramHoldsIsRefused() throws Exception {
        try (Processes holder = Processes.start(dir.resolve("logs"), HoldDatabaseMain.class, live.resolve("gendan").toString())) {
            holder.await("HOLDING"::equals, 1, 60);
            refused(good.file(), "backup.error.inUse");
        }
    }

    @Test
    void aRestoreKeepsTheReplacedDatabaseAsItWas() throws Exception {
        long customers = DbDump.count(live, "SELECT COUNT(*) FROM customer");
        String replaced = sha(target); // after the count: closing a database writes to it
        RestoreResult r;
        try (RestoreCheck check = restore.check(good.file())) {
            RestorePreview p = restore.preview(target, folder);
            assertThat(p.keptAs().getFileName().toString()).endsWith("-before-restore.mv.db.zip");
            r = restore.restore(check, target, folder);
            assertThat(r.keptAs()).isEqualTo(p.keptAs());
        }
        assertThat(DbDump.count(live, "SELECT COUNT(*) FROM customer")).isEqualTo(customers - 1);
        BackupInfo kept = BackupFolder.info(r.keptAs());
        assertThat(kept.kind()).isEqualTo(BackupKind.BEFORE_RESTORE);
        assertThat(kept.verified()).isTrue();
        assertThat(kept.rows("customer")).isEqualTo(customers);
        assertThat(kept.manifest().databaseSha256()).isEqualTo(replaced);
        assertThat(BackupArchive.verify(r.keptAs()).databaseSha256()).isEqualTo(replaced);
        try (Stream<Path> s = Files.list(live)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("gendan.mv.db");
        }
    }
}
