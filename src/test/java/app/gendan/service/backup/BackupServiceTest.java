package app.gendan.service.backup;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Customer;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.SalesOrder;
import app.gendan.service.Workspace;
import app.gendan.testing.DbDump;
import app.gendan.testing.ExportSeed;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup of a populated database holds every row, and a database restored from it carries on where it left off. */
class BackupServiceTest {
    private static final List<String> ALL_TABLES = List.of("app_user", "app_setting", "user_preference", "customer",
            "contact", "pipeline", "stage", "stage_checklist_item", "order_number_counter", "sales_order", "order_line",
            "order_checklist_item", "shipment", "payment", "follow_up", "audit_entry", "change_feed", "notification_log",
            "import_batch", "import_mapping");

    @TempDir
    Path dir;

    @Test
    void aBackupHoldsEveryRowAndARestoredDatabaseHandsOutNewIds() throws Exception {
        Path live = dir.resolve("live");
        Path folder = dir.resolve("backups");
        String before;
        BackupResult result;
        long maxOrder;
        long maxFollowUp;
        long maxCustomer;
        try (TestWorkspace t = TestWorkspace.create(live)) {
            ExportSeed.into(t);
            result = t.ws.backups().backup(folder, BackupProgress.NONE, () -> false);
            maxOrder = DbDump.count(live, "SELECT MAX(id) FROM sales_order");
            maxFollowUp = DbDump.count(live, "SELECT MAX(id) FROM follow_up");
            maxCustomer = DbDump.count(live, "SELECT MAX(id) FROM customer");
            before = DbDump.dump(live, ALL_TABLES, Set.of());
        }
        BackupInfo b = result.backup();
        assertThat(b.file().getParent()).isEqualTo(folder);
        assertThat(b.file().getFileName().toString()).isEqualTo("gendan-2026-11-20T1403.mv.db.zip");
        assertThat(b.verified()).isTrue();
        assertThat(b.rows("sales_order")).isEqualTo(3);
        assertThat(b.rows("follow_up")).isEqualTo(7);
        assertThat(b.manifest().source()).isEqualTo(live.resolve("gendan.mv.db").toString());
        assertThat(b.manifest().schemaVersion()).isEqualTo(app.gendan.store.SchemaVersion.LATEST);
        assertThat(result.removed()).isEmpty();
        assertThat(BackupFolder.list(folder)).extracting(BackupInfo::file).containsExactly(b.file());
        assertThat(Files.list(folder).toList()).as("no temporary file is left").hasSize(1);

        Path restoredDir = dir.resolve("restored");
        RestoreService restore = new RestoreService(java.time.Clock.systemDefaultZone());
        try (RestoreCheck check = restore.check(b.file())) {
            assertThat(check.facts().rows()).isEqualTo(b.manifest().rows());
            RestoreResult r = restore.restore(check, restoredDir.resolve("gendan.mv.db"), folder);
            assertThat(r.keptAs()).isNull();
        }
        assertThat(DbDump.dump(restoredDir, ALL_TABLES, Set.of())).isEqualTo(before);

        try (TestWorkspace t = TestWorkspace.create(restoredDir)) {
            Customer c = t.customer("新客户有限公司");
            SalesOrder o = t.order("恢复后的订单", c, "100");
            FollowUp f = t.ws.followUps().log(new FollowUpDraft(c.id(), o.id(), t.clock.instant(), FollowUpMethod.PHONE,
                    "恢复后第一次跟进", null, null, "回电", LocalDate.of(2026, 11, 21), null, null));
            assertThat(c.id()).isGreaterThan(maxCustomer);
            assertThat(o.id()).isGreaterThan(maxOrder);
            assertThat(f.id()).isGreaterThan(maxFollowUp);
            assertThat(o.orderNo()).isEqualTo("SO-2026-000004");
        }
    }

    @Test
    void aCancelledBackupLeavesNothingBehind() throws Exception {
        Path folder = dir.resolve("backups");
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long tempsBefore = temps(tmp);
        try (TestWorkspace t = TestWorkspace.create(dir.resolve("live"))) {
            ExportSeed.into(t);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.ws.backups().backup(folder, BackupProgress.NONE, () -> true))
                    .isInstanceOfSatisfying(app.gendan.domain.GendanException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("backup.cancelled"));
            assertThat(t.customer("取消之后的客户").id()).isPositive();
        }
        assertThat(folder).as("the copy is cancelled before the folder is even made").doesNotExist();
        assertThat(temps(tmp)).isEqualTo(tempsBefore);
    }

    private static long temps(Path tmp) throws java.io.IOException {
        try (var files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("gendan-backup-")).count();
        }
    }

    @Test
    void aBackupToAPlainFileOpensAsADatabase() {
        Path live = dir.resolve("live");
        Path target = dir.resolve("copy/team-copy.mv.db");
        try (TestWorkspace t = TestWorkspace.create(live)) {
            ExportSeed.into(t);
            BackupResult r = t.ws.backups().backupTo(target, BackupProgress.NONE, () -> false);
            assertThat(r.backup().file()).isEqualTo(target);
        }
        try (Workspace ws = Workspace.open(target, java.time.Clock.systemDefaultZone())) {
            assertThat(ws.customers().list("华信", 10)).isNotEmpty();
        }
    }
}
