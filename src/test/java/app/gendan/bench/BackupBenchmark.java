package app.gendan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.OrderDraft;
import app.gendan.service.AppPaths;
import app.gendan.service.Workspace;
import app.gendan.service.backup.BackupProgress;
import app.gendan.service.backup.BackupResult;
import app.gendan.service.backup.RestoreCheck;
import app.gendan.service.backup.RestoreResult;
import app.gendan.service.backup.RestoreService;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore of the benchmark database (10,000 customers and orders, 100,000
 * follow-ups): the backup's time and size, the slowest write of a colleague while it runs, and
 * the restore's time. Run with {@code mvn -Pbench verify -Dtest=BackupBenchmark}.
 */
@Tag("bench")
class BackupBenchmark {
    /** No bar in DESIGN.md: the ceiling of a 100,000-row import, 10 s, for each. */
    private static final double TARGET_MS = 10_000;
    private static final int RUNS = 3;

    @TempDir
    static Path dir;

    static Path db;

    @BeforeAll
    static void seed() throws Exception {
        db = dir.resolve("bench.mv.db");
        BenchData.seed(db);
    }

    private static String sizeLine(String bench, long bytes, long liveBytes) {
        return String.format(Locale.ROOT, "{\"bench\":\"%s\",\"n\":%d,\"bytes\":%d,\"mb\":%.1f,\"live_db_bytes\":%d,\"cores\":%d}",
                bench, BenchData.FOLLOW_UPS, bytes, bytes / 1e6, liveBytes, Runtime.getRuntime().availableProcessors());
    }

    @Test
    void backupAndRestore() throws Exception {
        Path folder = dir.resolve("backups");
        double[] backup = new double[RUNS];
        BackupResult last = null;
        long liveBytes;
        try (Workspace ws = Workspace.open(db, Clock.systemDefaultZone())) {
            ws.users().signIn(AppPaths.osLogin()).orElseThrow();
            for (int i = -1; i < RUNS; i++) {
                long start = System.nanoTime();
                BackupResult r = ws.backups().backupTo(dir.resolve("run" + i + ".mv.db.zip"), BackupProgress.NONE, () -> false);
                double ms = Stats.ms(start);
                assertThat(r.backup().rows("follow_up")).isEqualTo(BenchData.FOLLOW_UPS);
                if (i >= 0) {
                    backup[i] = ms;
                    last = r;
                }
            }
            liveBytes = Files.size(db);
            System.out.println(Stats.line("backup", BenchData.FOLLOW_UPS, backup, TARGET_MS));
            System.out.println(sizeLine("backup_archive_size", last.backup().size(), liveBytes));
            System.out.println(sizeLine("backup_database_size", last.backup().manifest().databaseSize(), liveBytes));
            System.out.println(Stats.line("backup_colleague_write_max", BenchData.FOLLOW_UPS,
                    new double[] {slowestWriteDuringBackup(ws, folder)}, 1_000));
        }

        // restore over a copy of the live file, which is kept as a before-restore archive first
        Path target = dir.resolve("restored/bench.mv.db");
        Files.createDirectories(target.getParent());
        RestoreService restore = new RestoreService(Clock.systemDefaultZone());
        double[] check = new double[RUNS];
        double[] total = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Files.copy(db, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            long start = System.nanoTime();
            try (RestoreCheck c = restore.check(last.backup().file())) {
                check[i] = Stats.ms(start);
                RestoreResult r = restore.restore(c, target, folder);
                assertThat(r.keptAs()).exists();
            }
            total[i] = Stats.ms(start);
        }
        System.out.println(Stats.line("restore_check", BenchData.FOLLOW_UPS, check, TARGET_MS));
        System.out.println(Stats.line("restore_total_keeping_replaced", BenchData.FOLLOW_UPS, total, TARGET_MS));
        try (Workspace ws = Workspace.open(target, Clock.systemDefaultZone())) {
            assertThat(ws.board().load(ws.pipelines().defaultPipeline().id()).cards()).hasSize(BenchData.ORDERS);
        }
    }

    /** A colleague creating orders one after another (a thread on the same database) while a backup runs. */
    private static double slowestWriteDuringBackup(Workspace ws, Path folder) throws Exception {
        long pipeline = ws.pipelines().defaultPipeline().id();
        long customer = ws.customers().list("客户1", 1).get(0).id();
        long owner = ws.users().current().id();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong slowestNanos = new AtomicLong();
        AtomicLong writes = new AtomicLong();
        Thread colleague = new Thread(() -> {
            while (!stop.get()) {
                long start = System.nanoTime();
                ws.orders().create(pipeline, OrderDraft.of("备份期间的订单", customer, owner, BigDecimal.ONE, LocalDate.now()));
                slowestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
                writes.incrementAndGet();
            }
        });
        colleague.start();
        try {
            ws.backups().backup(folder, BackupProgress.NONE, () -> false);
        } finally {
            stop.set(true);
            colleague.join();
        }
        assertThat(writes.get()).as("the colleague wrote during the backup").isPositive();
        return slowestNanos.get() / 1e6;
    }
}
