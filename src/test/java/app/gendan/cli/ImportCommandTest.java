package app.gendan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.service.Workspace;
import app.gendan.service.imports.ColumnMapping;
import app.gendan.service.imports.ImportField;
import app.gendan.service.imports.MappingJson;
import app.gendan.testing.DbDump;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private Locale saved;

    @BeforeEach
    void english() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return GendanCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String db() {
        return dir.resolve("gendan.mv.db").toString();
    }

    private static String tracker(String name) {
        try {
            return Path.of(ImportCommandTest.class.getResource("/trackers/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void jsonImportThenNothingNewOnTheSecondRun() throws Exception {
        assertThat(run("import", tracker("订单跟踪-GBK.csv"), "--db", db(), "--json")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("file").asText()).isEqualTo("订单跟踪-GBK.csv");
        assertThat(json.get("sheets")).hasSize(1);
        assertThat(json.get("rows").asInt()).isEqualTo(320);
        assertThat(json.get("customers_created").asInt()).isEqualTo(45);
        assertThat(json.get("customers_updated").asInt()).isZero();
        assertThat(json.get("orders_created").asInt()).isEqualTo(320);
        assertThat(json.get("orders_updated").asInt()).isZero();
        assertThat(json.get("followups_created").asInt()).isZero();
        assertThat(json.get("skipped").asInt()).isZero();
        assertThat(json.get("batch").asLong()).isPositive();
        // one line per kind of problem and column, however many rows have it
        assertThat(json.get("problems")).singleElement().satisfies(p -> {
            assertThat(p.get("column").asText()).isEqualTo("回款金额");
            assertThat(p.get("message").asText()).contains("fractions of a cent");
            assertThat(p.get("count").asInt()).isEqualTo(json.get("problem_rows_omitted").asInt()).isGreaterThan(1);
            assertThat(p.get("first_rows")).isNotEmpty().allSatisfy(r -> {
                assertThat(r.get("sheet").asText()).isEqualTo("订单跟踪-GBK");
                assertThat(r.get("row").asInt()).isGreaterThan(1);
            });
        });
        assertThat(json.get("problem_rows")).isEmpty();

        assertThat(run("import", tracker("订单跟踪-GBK.csv"), "--db", db(), "--json"))
                .isEqualTo(ImportCommand.EXIT_NOTHING_IMPORTED);
        JsonNode again = new ObjectMapper().readTree(out.toString());
        assertThat(again.get("batch").isNull()).isTrue();
        assertThat(again.get("nothing_new").asBoolean()).isTrue();
        assertThat(again.get("already_imported_as").asLong()).isEqualTo(json.get("batch").asLong());
        assertThat(DbDump.count(dir, "SELECT COUNT(*) FROM sales_order")).isEqualTo(320);
    }

    @Test
    void allProblemsListsEveryRowBesideTheGroups() throws Exception {
        assertThat(run("import", lampTracker(), "--db", db(), "--dry-run", "--all-problems"))
                .isEqualTo(ImportCommand.EXIT_NOTHING_IMPORTED);
        String text = out.toString();
        assertThat(text).contains("Warning  ×2  灯号 rows 2, 3, 当前状态").contains("Problems (");
        assertThat(text.lines().filter(l -> l.contains("Warning  灯号 row ") && l.contains("蓝灯")).count()).isEqualTo(2);
    }

    /** A tracker with a status word Gendan does not know (蓝灯) on two rows. */
    private String lampTracker() throws Exception {
        Path file = dir.resolve("灯号.csv");
        java.nio.file.Files.writeString(file, "订单号,客户,当前状态\nA-1,北京博峰食品有限公司,蓝灯\nA-2,东莞明辉食品有限公司,蓝灯\n"
                + "A-3,苏州华信自动化设备有限公司,已报价\n", java.nio.charset.StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void aDryRunListsProblemsByRowAndWritesNothing() throws Exception {
        assertThat(run("import", tracker("销售跟进表.xlsx"), "--db", db(), "--dry-run")).isZero();
        assertThat(out.toString()).contains("Dry run of 销售跟进表.xlsx (跟进记录): nothing was written.")
                .contains("Customers: 60 new").contains("Orders: 60 new").contains("Follow-ups: 420 new")
                .doesNotContain("待回访");
        assertThat(run("import", lampTracker(), "--db", db(), "--dry-run")).isEqualTo(ImportCommand.EXIT_NOTHING_IMPORTED);
        assertThat(out.toString()).contains("蓝灯 ×2")
                .contains("Warning  ×2  灯号 rows 2, 3, 当前状态  The status \"蓝灯\" does not match a stage");
        // there was no database yet: the dry run compared against an empty one and made no file
        assertThat(Path.of(db())).doesNotExist();

        assertThat(run("import", tracker("老跟单表.xls"), "--db", db(), "--dry-run", "--sheet", "李四")).isZero();
        assertThat(out.toString()).contains("(李四)").contains("Rows: 161 read, 0 skipped.");
    }

    @Test
    void textImportOfOneSheet() {
        assertThat(run("import", tracker("老跟单表.xls"), "--db", db(), "--sheet", "王五")).isZero();
        assertThat(out.toString()).contains("Imported 老跟单表.xls (王五) as import ").contains("Orders: 164 new");
        assertThat(DbDump.count(dir, "SELECT COUNT(*) FROM sales_order")).isEqualTo(164);
    }

    @Test
    void unreadableOrRejectedInputExitsWithTwoAndAClearMessage() throws Exception {
        assertThat(run("import", tracker("bad/notexcel.xlsx"), "--db", db())).isEqualTo(GendanCommand.EXIT_REJECTED);
        assertThat(err.toString()).contains("\"notexcel.xlsx\" is not a spreadsheet or a CSV file.")
                .doesNotContain("Exception");

        assertThat(run("import", tracker("bad/header-only.csv"), "--db", db(), "--json"))
                .isEqualTo(GendanCommand.EXIT_REJECTED);
        assertThat(err.toString()).contains("has a header but no data rows");

        assertThat(run("import", tracker("老跟单表.xls"), "--db", db(), "--sheet", "张三"))
                .isEqualTo(GendanCommand.EXIT_REJECTED);
        assertThat(err.toString()).contains("There is no sheet named \"张三\"");

        Path junk = Files.writeString(dir.resolve("m.json"), "{not json");
        assertThat(run("import", tracker("老跟单表.xls"), "--db", db(), "--mapping", junk.toString()))
                .isEqualTo(GendanCommand.EXIT_REJECTED);
        assertThat(err.toString()).contains("could not be read as a column mapping");
        assertThat(DbDump.count(dir, "SELECT COUNT(*) FROM import_batch")).isZero();
    }

    @Test
    void aMappingFileReplacesTheAutomaticMapping() throws Exception {
        ColumnMapping auto;
        try (Workspace ws = Workspace.open(dir.resolve("gendan.mv.db"), Clock.systemDefaultZone())) {
            auto = ws.imports().inspect(Path.of(tracker("老跟单表.xls"))).sheets().get(0).plan().mapping();
        }
        // 备注 (notes) read as the lost reason instead
        Path file = Files.writeString(dir.resolve("mapping.json"), MappingJson.write(auto.withField(6, ImportField.LOST_REASON)));

        assertThat(run("import", tracker("老跟单表.xls"), "--db", db(), "--mapping", file.toString(), "--json"))
                .as(err.toString()).isZero();

        assertThat(DbDump.count(dir, "SELECT COUNT(*) FROM sales_order WHERE notes IS NOT NULL")).isZero();
        assertThat(DbDump.count(dir, "SELECT COUNT(*) FROM sales_order WHERE lost_reason IS NOT NULL")).isPositive();
    }

    @Test
    void helpListsTheImportCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("import");
        assertThat(run("import", "--help")).isZero();
        assertThat(out.toString()).contains("--dry-run").contains("--mapping").contains("--sheet").contains("--json");
    }
}
