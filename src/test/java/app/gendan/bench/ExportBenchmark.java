package app.gendan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.i18n.Messages;
import app.gendan.service.AppPaths;
import app.gendan.service.Workspace;
import app.gendan.service.export.ExportKind;
import app.gendan.service.export.ExportProgress;
import app.gendan.service.export.ExportResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export of the benchmark database (10,000 orders and customers, 100,000 follow-ups) to xlsx
 * and CSV, and the same follow-up export by the packaged command line in a JVM with a 64 MB
 * heap, which only passes if rows stream instead of piling up. Run with {@code mvn -Pbench verify}.
 */
@Tag("bench")
class ExportBenchmark {
    private static final int HEAP_MB = 64;

    @TempDir
    static Path dir;

    static Path db;

    @BeforeAll
    static void seed() throws Exception {
        db = dir.resolve("bench.mv.db");
        BenchData.seed(db);
    }

    private static double[] timed(ExportKind kind, String fileName, long expectedRows, int runs) {
        double[] t = new double[runs];
        try (Workspace ws = Workspace.open(db, Clock.systemDefaultZone())) {
            ws.users().signIn(AppPaths.osLogin()).orElseThrow();
            Messages m = new Messages(Locale.SIMPLIFIED_CHINESE);
            for (int i = -1; i < runs; i++) {
                long start = System.nanoTime();
                ExportResult r = ws.exports().export(kind, dir.resolve(fileName), m, ExportProgress.NONE, () -> false);
                double ms = Stats.ms(start);
                assertThat(r.rows()).isEqualTo(expectedRows);
                if (i >= 0) {
                    t[i] = ms;
                }
            }
        }
        return t;
    }

    @Test
    void ordersAndCustomers() {
        System.out.println(Stats.line("export_orders_xlsx", BenchData.ORDERS,
                timed(ExportKind.ORDERS, "orders.xlsx", BenchData.ORDERS, 5), 10_000));
        System.out.println(Stats.line("export_orders_csv", BenchData.ORDERS,
                timed(ExportKind.ORDERS, "orders.csv", BenchData.ORDERS, 5), 10_000));
        System.out.println(Stats.line("export_customers_xlsx", BenchData.CUSTOMERS,
                timed(ExportKind.CUSTOMERS, "customers.xlsx", BenchData.CUSTOMERS, 5), 10_000));
    }

    @Test
    void followUps() {
        System.out.println(Stats.line("export_followups_xlsx", BenchData.FOLLOW_UPS,
                timed(ExportKind.FOLLOW_UPS, "followups.xlsx", BenchData.FOLLOW_UPS, 3), 10_000));
        System.out.println(Stats.line("export_followups_csv", BenchData.FOLLOW_UPS,
                timed(ExportKind.FOLLOW_UPS, "followups.csv", BenchData.FOLLOW_UPS, 3), 10_000));
    }

    /** The packaged command line, as a user runs it (with the app's JVM options), with a heap far smaller than 100,000 rows would need at once. */
    @Test
    void followUpsInA64MbHeap() throws Exception {
        Path jar = Path.of("target", "gendan.jar").toAbsolutePath();
        assertThat(jar).as("run the benchmarks with mvn -Pbench verify, after packaging").exists();
        Path file = dir.resolve("followups-small-heap.xlsx");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                AppJvmOptions.argFile(), "-Xmx" + HEAP_MB + "m", "-Dgendan.home=" + dir.resolve("home"),
                "-Dgendan.logdir=" + dir.resolve("home/logs"), "-Duser.language=zh", "-Duser.country=CN",
                "-jar", jar.toString(), "export", "followups", file.toString(), "--db", db.toString())
                .redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.append(line).append('\n');
            }
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        double ms = Stats.ms(start);
        assertThat(p.exitValue()).as(out.toString()).isZero();
        assertThat(out.toString()).contains("100,000").contains(file.toString());
        assertThat(Files.size(file)).isPositive();
        System.out.println(Stats.line("export_followups_xlsx_cli_heap_" + HEAP_MB + "mb", BenchData.FOLLOW_UPS,
                new double[] {ms}, 10_000));
    }
}
