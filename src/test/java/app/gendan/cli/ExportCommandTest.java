package app.gendan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.ExportSeed;
import app.gendan.testing.MutableClock;
import app.gendan.testing.TestWorkspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Locale saved;
    private Path db;
    private ExportSeed seed;

    @BeforeEach
    void seed() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        db = dir.resolve("gendan.mv.db");
        try (TestWorkspace t = TestWorkspace.create(dir, MutableClock.at("2026-11-20T06:03:00Z"), Locale.SIMPLIFIED_CHINESE)) {
            seed = ExportSeed.into(t);
        }
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    private int run(String... args) {
        return GendanCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesAnXlsxAndSaysWhatItWrote() throws Exception {
        Path file = dir.resolve("orders.xlsx");
        assertThat(run("export", "orders", file.toString(), "--db", db.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("3 rows of Orders written to " + file.toAbsolutePath());
        assertThat(out.toString().lines()).hasSize(1);
        assertThat(err.toString()).isEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
            // headers in the language of the command line, data as it was typed
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Orders");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Order no.");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("上海华信精密机械有限公司");
        }
    }

    @Test
    void writesACsvOfAReport() throws Exception {
        Path file = dir.resolve("payments.CSV");
        assertThat(run("export", "payments", file.toString(), "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("2 rows of Payments due vs received written to");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFOrder no.,Title,Customer,").contains(seed.discount().orderNo());
    }

    @Test
    void speaksChineseOnAChineseSystem() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        Path file = dir.resolve("客户.xlsx");
        assertThat(run("export", "customers", file.toString(), "--db", db.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("已导出客户，共 3 行：" + file.toAbsolutePath());

        assertThat(run("export", "客户", file.toString(), "--db", db.toString())).isEqualTo(GendanCommand.EXIT_REJECTED);
        assertThat(err.toString()).contains("未知的导出内容\"客户\"");
    }

    @Test
    void anUnknownKindIsRefusedWithTheKindsToChooseFrom() throws Exception {
        Path fresh = dir.resolve("untouched.mv.db");
        assertThat(run("export", "invoices", dir.resolve("x.xlsx").toString(), "--db", fresh.toString()))
                .isEqualTo(GendanCommand.EXIT_REJECTED);
        assertThat(err.toString().strip()).isEqualTo("Error: Unknown export kind \"invoices\". Choose one of: "
                + "orders, customers, followups, funnel, overdue, payments, reports.");
        assertThat(out.toString()).isEmpty();
        // refused before a database was opened (or created)
        assertThat(fresh).doesNotExist();
    }

    @Test
    void anUnknownExtensionIsRefused() throws Exception {
        assertThat(run("export", "orders", dir.resolve("orders.xls").toString(), "--db", db.toString()))
                .isEqualTo(GendanCommand.EXIT_REJECTED);
        assertThat(err.toString()).contains("Cannot tell the format of \"orders.xls\": the file name must end in .xlsx or .csv.");
        assertThat(dir.resolve("orders.xls")).doesNotExist();
    }

    @Test
    void theReportsWorkbookNeedsXlsx() throws Exception {
        assertThat(run("export", "reports", dir.resolve("reports.csv").toString(), "--db", db.toString()))
                .isEqualTo(GendanCommand.EXIT_REJECTED);
        assertThat(err.toString()).contains("they need an .xlsx file");

        assertThat(run("export", "reports", dir.resolve("reports.xlsx").toString(), "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("12 rows of Reports written to");
    }

    @Test
    void aMissingFolderIsAClearErrorAndLeavesNothing() throws Exception {
        Path file = dir.resolve("no/such/folder/orders.csv");
        assertThat(run("export", "orders", file.toString(), "--db", db.toString())).isEqualTo(GendanCommand.EXIT_REJECTED);
        assertThat(err.toString()).contains("does not exist").doesNotContain("Exception");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("orders"));
        }
    }

    @Test
    void missingArgumentsShowTheUsage() {
        assertThat(run("export", "orders")).isEqualTo(GendanCommand.EXIT_REJECTED);
        assertThat(err.toString()).contains("Missing required parameter").contains("Usage: gendan export").contains("KIND FILE");
    }
}
