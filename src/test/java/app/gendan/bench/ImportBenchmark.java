package app.gendan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.TrackerGenerator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import quality bar of DESIGN.md: a generated 100,000-row tracker (.xlsx, and GBK .csv)
 * imported end to end, each run in a JVM started with the app's JVM options and limited to a 512 MB
 * heap, so the memory bound is proven, not estimated. Prints one JSON line per figure (time, peak used heap).
 */
@Tag("bench")
class ImportBenchmark {
    static final int ROWS = 100_000;
    static final int RUNS = 3;
    static final double TARGET_MS = 3000;
    static final int HEAP_MB = 512;

    @TempDir
    Path dir;

    @Test
    void xlsxTracker() throws Exception {
        Path file = TrackerGenerator.xlsx(dir.resolve("订单跟进-10万行.xlsx"), ROWS);
        Path warm = TrackerGenerator.xlsx(dir.resolve("warm.xlsx"), 10_000);
        measure("import_xlsx_100k", file, warm);
    }

    @Test
    void gbkCsvTracker() throws Exception {
        Path file = TrackerGenerator.csv(dir.resolve("订单跟进-10万行.csv"), ROWS, Charset.forName("GBK"));
        Path warm = TrackerGenerator.csv(dir.resolve("warm.csv"), 10_000, Charset.forName("GBK"));
        measure("import_gbk_csv_100k", file, warm);
    }

    private void measure(String name, Path file, Path warm) throws Exception {
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        long live = 0;
        long pools = 0;
        long rss = 0;
        for (int i = 0; i < RUNS; i++) {
            String[] result = runChild(file, warm, dir.resolve(name + "-" + i));
            ms[i] = Double.parseDouble(result[1]);
            pools = Math.max(pools, Long.parseLong(result[2]));
            assertThat(Integer.parseInt(result[3])).isEqualTo(ROWS);
            assertThat(Integer.parseInt(result[4])).isEqualTo(ROWS);
            assertThat(Integer.parseInt(result[5])).isEqualTo(ROWS);
            cpu[i] = Double.parseDouble(result[6]);
            live = Math.max(live, Long.parseLong(result[7]));
            rss = Math.max(rss, Long.parseLong(result[8]));
        }
        System.out.println(Stats.line(name, ROWS, ms, TARGET_MS));
        // the machine may be shared: the process's CPU time (all threads, GC included) says what the import itself costs
        System.out.println(Stats.line(name + "_cpu", ROWS, cpu, TARGET_MS));
        // it ran under -Xmx512m; live: most heap in use right after a collection; pools: highest use of each
        // heap pool added up (they peak at different moments, so this overstates)
        System.out.println(String.format(Locale.ROOT,
                "{\"bench\":\"%s_heap\",\"n\":%d,\"runs\":%d,\"peak_live_heap_mb\":%d,\"peak_pool_use_mb\":%d,"
                        + "\"heap_limit_mb\":%d,\"target_mb\":%d}",
                name, ROWS, RUNS, live, pools, HEAP_MB, HEAP_MB));
        // the whole process, as the OS counts it (VmHWM): what an office laptop must have free
        System.out.println(String.format(Locale.ROOT,
                "{\"bench\":\"%s_rss\",\"n\":%d,\"runs\":%d,\"peak_rss_mb\":%d,\"target_mb\":768,\"cores\":%d}",
                name, ROWS, RUNS, rss, Runtime.getRuntime().availableProcessors()));
    }

    private static String[] runChild(Path file, Path warm, Path dbDir) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                AppJvmOptions.argFile(), "-Xmx" + HEAP_MB + "m", "-cp", System.getProperty("java.class.path"),
                "-Dgendan.logdir=" + dbDir.resolve("logs"),
                // to measure what durable commits cost: -Dgendan.h2.lazyCommits=true is H2's default
                "-Dgendan.h2.lazyCommits=" + Boolean.getBoolean("gendan.h2.lazyCommits"),
                ImportBenchMain.class.getName(), file.toString(), warm.toString(), dbDir.toString())
                .redirectErrorStream(true).start();
        String result = null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                all.append(line).append('\n');
                if (line.startsWith("RESULT ")) {
                    result = line;
                }
            }
        }
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(result).as(all.toString()).isNotNull();
        return result.split(" ");
    }
}
