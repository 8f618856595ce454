package app.gendan.service.backup;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.MutableClock;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Five weeks of a rep starting and closing Gendan every day: the automatic backups are rotated to 7 daily and 4 weekly. */
class BackupRotationTest {
    @TempDir
    Path dir;

    @Test
    void aMonthOfDailyBackupsKeepsSevenDailyAndFourWeekly() throws Exception {
        Path backups = dir.resolve("backups");
        Path live = dir.resolve("live");
        // Monday 2026-11-02 09:00 in Shanghai
        MutableClock clock = MutableClock.at("2026-11-02T01:00:00Z");
        TestWorkspace t = TestWorkspace.create(live, clock, Locale.SIMPLIFIED_CHINESE);
        Path beforeRestore = null;
        try {
            for (int day = 0; day < 35; day++) {
                t.order("第 " + day + " 天的订单", t.customer("客户 " + day), "100");
                Optional<BackupResult> atStart = t.ws.backups().backupIfNoneToday(backups);
                assertThat(atStart).as("day %d: the first start of the day backs up", day).isPresent();
                Path made = atStart.get().backup().file();
                assertThat(made).exists();
                clock.advance(Duration.ofHours(9));
                assertThat(t.ws.backups().backupIfNoneToday(backups)).as("closing the same day adds none").isEmpty();
                if (day == 2) {
                    beforeRestore = restoreYesterday(t, clock, live, backups);
                    t = TestWorkspace.create(live, clock, Locale.SIMPLIFIED_CHINESE);
                }
                clock.advance(Duration.ofHours(15));
            }
        } finally {
            t.close();
        }
        List<String> names = BackupFolder.list(backups).stream().map(b -> b.file().getFileName().toString()).toList();
        assertThat(names).containsExactly(
                "gendan-2026-12-06T0900.mv.db.zip", "gendan-2026-12-05T0900.mv.db.zip", "gendan-2026-12-04T0900.mv.db.zip",
                "gendan-2026-12-03T0900.mv.db.zip", "gendan-2026-12-02T0900.mv.db.zip", "gendan-2026-12-01T0900.mv.db.zip",
                "gendan-2026-11-30T0900.mv.db.zip",
                "gendan-2026-11-29T0900.mv.db.zip", "gendan-2026-11-22T0900.mv.db.zip", "gendan-2026-11-15T0900.mv.db.zip",
                "gendan-2026-11-08T0900.mv.db.zip",
                "gendan-2026-11-04T1800-before-restore.mv.db.zip");
        assertThat(beforeRestore.getFileName().toString()).isEqualTo("gendan-2026-11-04T1800-before-restore.mv.db.zip");
        try (var files = Files.list(backups)) {
            assertThat(files.count()).as("nothing else in the folder").isEqualTo(names.size());
        }
    }

    /** Closes the workspace and restores the previous day's backup over it, as Settings → Restore does. */
    private static Path restoreYesterday(TestWorkspace t, MutableClock clock, Path live, Path backups) {
        BackupInfo yesterday = BackupFolder.list(backups).get(1);
        t.close();
        RestoreService restore = new RestoreService(clock);
        try (RestoreCheck check = restore.check(yesterday.file())) {
            return restore.restore(check, live.resolve("gendan.mv.db"), backups).keptAs();
        }
    }
}
