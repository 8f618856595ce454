package app.gendan.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.DbDump;
import app.gendan.testing.TestWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An old follow-up log imports as history: one order per customer (not one per row), days in stage
 * counted from the row that set the stage, next steps long past when the file was saved imported as
 * done (or kept open on request), order titles from what the rows say, never the customer's name,
 * and a contact cell holding a name and a phone giving both.
 */
class ImportHistoryTest {
    @TempDir
    Path dir;

    private Path log() throws IOException {
        Path file = dir.resolve("跟进表-2023.csv");
        Files.writeString(file, String.join("\n",
                "日期,客户名称,联系人,跟进内容,状态,下次跟进时间",
                "2023-03-01,华信科技,张伟 13812345678,首次电话介绍产品,初步接触,2023-03-10",
                "2023-03-10,华信科技,张伟,上门演示,方案报价,2023-03-20",
                "2023-03-20,华信科技,张伟,报价后回访,方案报价,2023-04-01",
                "2023-05-05,远航物流,李娜/0571-88886666,电话沟通需求,需求分析,2023-05-15",
                "2023-12-20,远航物流,李娜,年底回访,待回访,2024-01-05",
                ""), StandardCharsets.UTF_8);
        return file;
    }

    private ImportSummary run(TestWorkspace t, Path file, boolean keepOpen) {
        ImportRequest r = t.ws.imports().inspect(file).request().withReferenceDate(LocalDate.of(2024, 1, 10))
                .withPastStepsOpen(keepOpen);
        return t.ws.imports().run(r, ImportProgress.NONE, () -> false);
    }

    @Test
    void anOldLogImportsAsHistory() throws IOException {
        Path db = dir.resolve("db");
        try (TestWorkspace t = TestWorkspace.create(Files.createDirectories(db))) {
            ImportSummary s = run(t, log(), false);
            assertThat(s.counts().followUpsCreated()).isEqualTo(5);
            assertThat(s.counts().ordersCreated()).as("one order per customer").isEqualTo(2);
            // 华信's last step (due 2023-04-01) and 远航's superseded one are history; 远航's step due
            // 2024-01-05 was five days overdue when the file was saved: still to do
            assertThat(s.counts().pastStepsClosed()).isEqualTo(1);
            assertThat(DbDump.count(db, "SELECT COUNT(*) FROM follow_up WHERE next_action IS NOT NULL AND next_done_at IS NULL"))
                    .isEqualTo(1);
            List<String> titles = DbDump.strings(db, "SELECT o.title FROM sales_order o JOIN customer c ON c.id = o.customer_id ORDER BY c.name");
            assertThat(titles).containsExactlyInAnyOrder("首次电话介绍产品", "电话沟通需求").doesNotContain("华信科技", "远航物流");
            // 华信 entered 方案报价 on 2023-03-10 (the row of 03-20 kept it there); 远航's 待回访 is the call's result
            assertThat(DbDump.strings(db, "SELECT FORMATDATETIME(o.stage_entered_at, 'yyyy-MM-dd', 'en', 'Asia/Shanghai') FROM sales_order o "
                    + "JOIN customer c ON c.id = o.customer_id ORDER BY c.name"))
                    .containsExactlyInAnyOrder("2023-03-10", "2023-05-05");
            assertThat(DbDump.strings(db, "SELECT name || ' ' || COALESCE(mobile, '') || ' ' || COALESCE(phone, '') FROM contact ORDER BY name"))
                    .containsExactlyInAnyOrder("张伟 13812345678 ", "李娜  0571-88886666");
        }
    }

    @Test
    void pastStepsStayOpenWhenTheUserSaysSo() throws IOException {
        Path db = dir.resolve("open");
        try (TestWorkspace t = TestWorkspace.create(Files.createDirectories(db))) {
            ImportSummary s = run(t, log(), true);
            assertThat(s.counts().pastStepsClosed()).isZero();
            assertThat(DbDump.count(db, "SELECT COUNT(*) FROM follow_up WHERE next_action IS NOT NULL AND next_done_at IS NULL"))
                    .isEqualTo(2);
        }
    }
}
