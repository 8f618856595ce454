package app.gendan.service.backup;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.service.Workspace;
import app.gendan.testing.DbDump;
import app.gendan.testing.ExportSeed;
import app.gendan.testing.Processes;
import app.gendan.testing.ServeDatabaseMain;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A colleague's Gendan serves the file and keeps creating orders while this process, a client
 * of it, backs the database up: the colleague's writes go on while the backup's snapshot is
 * open, and the backup is one consistent moment (every order in it has its audit entry and no
 * audit entry lacks its order).
 */
class BackupWhileWritingTest {
    @TempDir
    Path dir;

    @Test
    void aColleagueKeepsWritingDuringTheBackupAndTheBackupIsConsistent() throws Exception {
        Path live = dir.resolve("live");
        Path folder = dir.resolve("backups");
        try (TestWorkspace t = TestWorkspace.create(live)) {
            ExportSeed.into(t);
        }
        BackupResult result;
        long writesDuringSnapshot;
        try (Processes colleague = Processes.start(dir.resolve("logs"), ServeDatabaseMain.class,
                live.resolve("gendan.mv.db").toString(), "write")) {
            colleague.await("SERVING"::equals, 1, 60);
            colleague.await(l -> l.startsWith("WROTE"), 5, 60);
            try (Workspace ws = Workspace.open(live.resolve("gendan.mv.db"), Clock.systemDefaultZone())) {
                AtomicBoolean waited = new AtomicBoolean();
                long[] during = new long[1];
                result = ws.backups().backup(folder, fraction -> {
                    if (waited.compareAndSet(false, true)) {
                        // the snapshot is open: the colleague must get twenty more orders in meanwhile
                        long before = colleague.count(l -> l.startsWith("WROTE"));
                        try {
                            colleague.await(l -> l.startsWith("WROTE"), before + 20, 30);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        during[0] = colleague.count(l -> l.startsWith("WROTE")) - before;
                    }
                }, () -> false);
                writesDuringSnapshot = during[0];
            }
            colleague.close();
            long max = Long.parseLong(colleague.lines.stream().filter(l -> l.startsWith("MAX ")).findFirst()
                    .orElseThrow().substring(4));
            assertThat(max).as("the slowest of the colleague's writes, in ms").isLessThan(2_000);
        }
        assertThat(writesDuringSnapshot).isGreaterThanOrEqualTo(20);

        Path restored = dir.resolve("restored");
        RestoreService restore = new RestoreService(Clock.systemDefaultZone());
        try (RestoreCheck check = restore.check(result.backup().file())) {
            restore.restore(check, restored.resolve("gendan.mv.db"), folder);
        }
        List<String> orders = DbDump.strings(restored, "SELECT id FROM sales_order ORDER BY id");
        List<String> created = DbDump.strings(restored,
                "SELECT entity_id FROM audit_entry WHERE entity = 'order' AND action = 'create' ORDER BY entity_id");
        assertThat(orders).isEqualTo(created);
        long liveOrders = DbDump.count(live, "SELECT COUNT(*) FROM sales_order");
        assertThat(liveOrders).as("the orders written during the snapshot are not in the backup")
                .isGreaterThanOrEqualTo(orders.size() + writesDuringSnapshot);
        assertThat(result.backup().rows("sales_order")).isEqualTo(orders.size());
    }
}
