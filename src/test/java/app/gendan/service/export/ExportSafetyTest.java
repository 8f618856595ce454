package app.gendan.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gendan.domain.GendanException;
import app.gendan.testing.ExportSeed;
import app.gendan.testing.TestWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancel and failure leave no half-written file; bad targets are refused before anything is written. */
class ExportSafetyTest {
    @TempDir
    Path dir;

    @TempDir
    Path out;

    private TestWorkspace t;

    @BeforeEach
    void open() {
        t = TestWorkspace.create(dir);
        ExportSeed.into(t);
    }

    @AfterEach
    void close() {
        t.close();
    }

    /** Says "cancel" from its n-th question on, as a user pressing Cancel mid-way. */
    private static BooleanSupplier cancelAfter(int n) {
        AtomicInteger asked = new AtomicInteger();
        return () -> asked.incrementAndGet() > n;
    }

    private List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"followups.xlsx", "followups.csv"})
    void aCancelledExportLeavesNoFile(String name) throws Exception {
        Path file = out.resolve(name);
        assertThatThrownBy(() -> t.ws.exports().export(ExportKind.FOLLOW_UPS, file, t.messages, ExportProgress.NONE,
                cancelAfter(4)))
                .isInstanceOf(ExportCancelledException.class)
                .satisfies(e -> assertThat(t.messages.of((GendanException) e)).isEqualTo("导出已取消，没有写入任何文件。"));
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void aCancelledExportLeavesAnEarlierFileOfTheSameNameAsItWas() throws Exception {
        Path file = Files.writeString(out.resolve("orders.csv"), "last week's export", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> t.ws.exports().export(ExportKind.ORDERS, file, t.messages, ExportProgress.NONE,
                cancelAfter(2))).isInstanceOf(ExportCancelledException.class);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("last week's export");
        assertThat(filesIn(out)).containsExactly(file);

        // without a cancel the new export replaces it
        t.ws.exports().export(ExportKind.ORDERS, file, t.messages, ExportProgress.NONE, () -> false);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("\uFEFF订单号,");
        assertThat(filesIn(out)).containsExactly(file);
    }

    @Test
    void progressCountsUpToEveryRow() {
        List<long[]> seen = new ArrayList<>();
        ExportResult r = t.ws.exports().export(ExportKind.REPORTS, out.resolve("reports.xlsx"), t.messages,
                (done, total) -> seen.add(new long[] {done, total}), () -> false);
        // 8 stages, 2 owners with overdue steps, 2 orders with payments
        assertThat(r.rows()).isEqualTo(12);
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(seen.size() - 1)).containsExactly(12, 12);
        assertThat(seen).allSatisfy(p -> assertThat(p[0]).isLessThanOrEqualTo(p[1]));
    }

    @Test
    void anUnknownExtensionIsRefusedWithAClearMessage() throws Exception {
        assertThatThrownBy(() -> t.ws.exports().export(ExportKind.ORDERS, out.resolve("orders.txt"), t.messages,
                ExportProgress.NONE, () -> false))
                .isInstanceOf(GendanException.class)
                .satisfies(e -> assertThat(t.messages.of((GendanException) e))
                        .isEqualTo("无法判断\"orders.txt\"的格式：文件名须以 .xlsx 或 .csv 结尾。"));
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void theReportsWorkbookIsNotWrittenAsCsv() throws Exception {
        assertThatThrownBy(() -> t.ws.exports().export(ExportKind.REPORTS, out.resolve("reports.csv"), t.messages,
                ExportProgress.NONE, () -> false))
                .isInstanceOf(GendanException.class)
                .extracting(e -> ((GendanException) e).messageKey()).isEqualTo("export.error.csvOneTable");
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void aMissingFolderOrAFolderAsTargetIsRefused() throws Exception {
        assertThatThrownBy(() -> t.ws.exports().export(ExportKind.ORDERS, out.resolve("nope/orders.xlsx"), t.messages,
                ExportProgress.NONE, () -> false))
                .isInstanceOf(GendanException.class)
                .extracting(e -> ((GendanException) e).messageKey()).isEqualTo("export.error.folder");
        Path folder = Files.createDirectory(out.resolve("looks-like.xlsx"));
        assertThatThrownBy(() -> t.ws.exports().export(ExportKind.ORDERS, folder, t.messages, ExportProgress.NONE,
                () -> false))
                .isInstanceOf(GendanException.class)
                .extracting(e -> ((GendanException) e).messageKey()).isEqualTo("export.error.isFolder");
        assertThat(filesIn(out)).containsExactly(folder);
    }

    @Test
    void kindsAndFormatsAreReadFromWhatPeopleType() {
        assertThat(ExportKind.parse("Follow-ups")).isEqualTo(ExportKind.FOLLOW_UPS);
        assertThat(ExportKind.parse("ORDERS")).isEqualTo(ExportKind.ORDERS);
        assertThat(ExportFormat.of(Path.of("报表.XLSX"))).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.of(Path.of("a.Csv"))).isEqualTo(ExportFormat.CSV);
        assertThatThrownBy(() -> ExportFormat.of(Path.of(".csv"))).isInstanceOf(GendanException.class);
        assertThatThrownBy(() -> ExportKind.parse("invoices"))
                .isInstanceOf(GendanException.class)
                .satisfies(e -> assertThat(t.messages.of((GendanException) e))
                        .contains("invoices").contains("orders, customers, followups, funnel, overdue, payments, reports"));
    }
}
