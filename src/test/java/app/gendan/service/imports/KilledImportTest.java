package app.gendan.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.DbDump;
import app.gendan.testing.TestWorkspace;
import app.gendan.testing.TrackerGenerator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import whose process is killed half-way leaves nothing of itself in the database. */
class KilledImportTest {
    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesNoRowOfItsBatch() throws Exception {
        Path file = TrackerGenerator.csv(dir.resolve("大订单表.csv"), 30_000, Charset.forName("GBK"));
        String before;
        long feed;
        try (TestWorkspace t = TestWorkspace.create(dir)) {
            t.order("已有订单", t.customer(TrackerGenerator.row(0)[0].toString()), "100");
            before = DbDump.dump(dir);
            feed = t.ws.latestChange();
        }

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dgendan.logdir=" + dir.resolve("logs"),
                ImportProcessMain.class.getName(), dir.resolve("gendan.mv.db").toString(), file.toString(), "wangwu")
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        boolean writing = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("PROGRESS WRITING")) {
                    writing = true;
                    assertThat(p.isAlive()).isTrue();
                    p.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(writing).as(output.toString()).isTrue();
        assertThat(output.toString()).contains("PROGRESS READING 30000/").doesNotContain("COMMITTED");

        // reopened: H2 rolls the killed transaction back
        assertThat(DbDump.dump(dir)).isEqualTo(before);
        assertThat(DbDump.count(dir, "SELECT COUNT(*) FROM import_batch")).isZero();
        assertThat(DbDump.count(dir, "SELECT COUNT(*) FROM audit_entry WHERE import_batch_id IS NOT NULL")).isZero();
        assertThat(DbDump.count(dir, "SELECT COUNT(*) FROM sales_order WHERE order_no LIKE 'BM-%'")).isZero();
        assertThat(DbDump.count(dir, "SELECT MAX(id) FROM change_feed")).isEqualTo(feed);
        try (TestWorkspace t = TestWorkspace.create(dir)) {
            // and the database takes new work as usual
            assertThat(t.order("之后的订单", t.customer("杭州绿源环保设备有限公司"), "1").orderNo()).isNotBlank();
            assertThat(t.ws.imports().batches()).isEmpty();
        }
    }
}
