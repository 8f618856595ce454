package app.gendan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.TrackerGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user waits for: {@code target/gendan import} of a 100,000-row .xlsx into a fresh database,
 * from the process start to its exit, beside LibreOffice converting the same file to CSV
 * ({@code soffice --headless --convert-to csv}), which only reads the workbook and writes text. Run in
 * turn, so both meet the same machine; prints each median (Gendan's target: 1.5 times LibreOffice's) and the ratio.
 * LibreOffice comes from {@code .ci/ensure-libreoffice}, which the bench profile runs first.
 */
@Tag("bench")
class EndToEndImportBenchmark {
    static final int ROWS = 100_000;
    static final int RUNS = 3;
    static final double TARGET_RATIO = 1.5;

    @TempDir
    Path dir;

    @Test
    void gendanImportBesideLibreOfficeConvertingTheSameFile() throws Exception {
        String soffice = soffice();
        assertThat(soffice).as("soffice, for the comparison: install libreoffice-calc-nogui (.ci/ensure-libreoffice)")
                .isNotNull();
        Path file = TrackerGenerator.xlsx(dir.resolve("订单跟进-10万行.xlsx"), ROWS);
        Path launcher = Path.of("target", "gendan").toAbsolutePath();
        assertThat(launcher).as("run the benchmarks with mvn -Pbench verify, after packaging").exists();
        // LibreOffice's first start in a new profile sets the profile up: not what is measured
        convert(soffice, file, dir.resolve("warm"));
        double[] gendan = new double[RUNS];
        double[] office = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            gendan[i] = importWithGendan(launcher, file, dir.resolve("run-" + i));
            office[i] = convert(soffice, file, dir.resolve("csv-" + i));
        }
        System.out.println(Stats.line("e2e_gendan_import_xlsx_100k", ROWS, gendan, TARGET_RATIO * median(office)));
        System.out.println(Stats.line("e2e_soffice_convert_xlsx_100k", ROWS, office, median(office)));
        double ratio = median(gendan) / median(office);
        System.out.println(String.format(Locale.ROOT,
                "{\"bench\":\"e2e_import_vs_soffice_ratio\",\"n\":%d,\"runs\":%d,\"ratio\":%.2f,\"target_ratio\":%.1f,\"cores\":%d}",
                ROWS, RUNS, ratio, TARGET_RATIO, Runtime.getRuntime().availableProcessors()));
    }

    /** Milliseconds from starting {@code gendan import} to its exit, with a data folder and database of its own. */
    private static double importWithGendan(Path launcher, Path file, Path home) throws Exception {
        Files.createDirectories(home);
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "import", file.toString(),
                "--db", home.resolve("gendan.mv.db").toString()).redirectErrorStream(true)
                .redirectOutput(home.resolve("import.out").toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("GENDAN_HOME", home.toString());
        long start = System.nanoTime();
        Process p = pb.start();
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
        double ms = Stats.ms(start);
        assertThat(p.exitValue()).as(Files.readString(home.resolve("import.out"))).isZero();
        return ms;
    }

    /** Milliseconds LibreOffice takes to turn the workbook into CSV, from its start to its exit. */
    private static double convert(String soffice, Path file, Path out) throws Exception {
        Files.createDirectories(out);
        Path profile = out.getParent().resolve("lo-profile");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "csv", "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("soffice.out").toFile()).start();
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
        double ms = Stats.ms(start);
        try (var csv = Files.list(out)) {
            assertThat(csv.filter(f -> f.toString().endsWith(".csv")).findAny()).as(Files.readString(out.resolve("soffice.out")))
                    .isPresent();
        }
        return ms;
    }

    private static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static double median(double[] values) {
        List<Double> sorted = new ArrayList<>();
        for (double v : values) {
            sorted.add(v);
        }
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
