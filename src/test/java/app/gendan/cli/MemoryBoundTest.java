package app.gendan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.DbDump;
import app.gendan.testing.TestWorkspace;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tracker that needs more memory than the heap bound is refused in words, with the database as it
 * was: never an OutOfMemoryError. A command in a JVM with a small heap imports a file too big for it.
 */
class MemoryBoundTest {
    @TempDir
    Path dir;

    @Test
    void aFileTooBigForTheHeapIsRefusedWithAMessageAndNothingImported() throws Exception {
        TestWorkspace.create(dir).close();
        // what an import writes (the command registers the OS user of the run first, as every write command does)
        java.util.List<String> tables = java.util.List.of("customer", "contact", "sales_order", "follow_up",
                "import_batch", "import_mapping");
        String before = DbDump.dump(dir, tables, java.util.Set.of());
        Path csv = dir.resolve("大文件.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("订单号,客户名称,联系人,电话,金额,阶段,跟进内容,下次跟进日期\n");
            for (int r = 0; r < 60_000; r++) {
                w.write("SO-%06d,客户公司%d,张三%d,138%08d,%d,报价,电话沟通了第%d次,2026-12-%02d\n"
                        .formatted(r, r % 9000, r, r, r * 13 % 100_000, r, r % 28 + 1));
            }
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-Duser.language=en", "-Dgendan.logdir=" + dir.resolve("logs"),
                "-cp", System.getProperty("java.class.path"), "app.gendan.Main",
                "import", csv.toString(), "--db", dir.resolve("gendan.mv.db").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(out).isEqualTo(GendanCommand.EXIT_REJECTED);
        assertThat(out).contains("\"大文件.csv\" needs more memory than Gendan may use").contains("Nothing was imported")
                .doesNotContain("OutOfMemoryError").doesNotContain("Exception");
        assertThat(DbDump.dump(dir, tables, java.util.Set.of())).isEqualTo(before);
    }
}
