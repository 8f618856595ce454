package app.gendan.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.ExportSeed;
import app.gendan.testing.TestWorkspace;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV exports: UTF-8 with a BOM, parseable, awkward text intact, formulas neutralised, ISO dates, plain decimals. */
class CsvExportTest {
    @TempDir
    Path dir;

    private TestWorkspace t;
    private ExportSeed seed;

    @BeforeEach
    void open() {
        t = TestWorkspace.create(dir);
        seed = ExportSeed.into(t);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Path export(ExportKind kind, String name) {
        Path file = dir.resolve(name);
        ExportResult r = t.ws.exports().export(kind, file, t.messages, ExportProgress.NONE, () -> false);
        assertThat(r.format()).isEqualTo(ExportFormat.CSV);
        return file;
    }

    private static List<CSVRecord> parse(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser p = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text.substring(1)))) {
            return p.getRecords();
        }
    }

    private static Map<String, CSVRecord> by(List<CSVRecord> records, String header) {
        return records.stream().collect(Collectors.toMap(r -> r.get(header), Function.identity()));
    }

    @Test
    void startsWithTheUtf8ByteOrderMarkAndKeepsChinese() throws Exception {
        Path file = export(ExportKind.ORDERS, "orders.csv");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<CSVRecord> rows = parse(file);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("订单号", "标题", "客户");
        CSVRecord cabinet = by(rows, "订单号").get(seed.cabinet().orderNo());
        assertThat(cabinet.get("客户")).isEqualTo("上海华信精密机械有限公司");
        assertThat(cabinet.get("阶段")).isEqualTo(t.stages().get(0).name());
        assertThat(cabinet.get("状态")).isEqualTo("进行中");
    }

    @Test
    void datesAreIsoAndMoneyIsAPlainDecimal() throws Exception {
        CSVRecord cabinet = by(parse(export(ExportKind.ORDERS, "orders.csv")), "订单号").get(seed.cabinet().orderNo());
        assertThat(cabinet.get("金额")).isEqualTo("250000.00");
        assertThat(cabinet.get("已回款")).isEqualTo("100000.00");
        assertThat(cabinet.get("下单日期")).isEqualTo("2026-11-20");
        assertThat(cabinet.get("预计成交日期")).isEqualTo("2026-12-31");
        assertThat(cabinet.get("承诺交期")).isEmpty();
        assertThat(cabinet.get("下一步截止")).isEqualTo("2026-11-18");
        assertThat(cabinet.get("最后修改时间")).isEqualTo("2026-11-20 14:03");
    }

    @Test
    void formulaLookingTextGetsALeadingQuote() throws Exception {
        CSVRecord discount = by(parse(export(ExportKind.ORDERS, "orders.csv")), "订单号").get(seed.discount().orderNo());
        assertThat(discount.get("标题")).isEqualTo("'" + ExportSeed.DISCOUNT_TITLE);
        assertThat(discount.get("客户")).isEqualTo("'" + ExportSeed.FORMULA_NAME);
        assertThat(discount.get("金额")).isEqualTo("1200.50");
        assertThat(discount.get("负责人")).isEqualTo("李四");
    }

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaksSurvive() throws Exception {
        Path file = export(ExportKind.CUSTOMERS, "customers.csv");
        List<CSVRecord> rows = parse(file);
        assertThat(rows).hasSize(3);
        Map<String, CSVRecord> byName = by(rows, "客户名称");
        CSVRecord acme = byName.get(ExportSeed.ACME_NAME);
        assertThat(acme).isNotNull();
        assertThat(acme.get("备注")).isEqualTo(ExportSeed.ACME_NOTES);
        assertThat(byName.get("'" + ExportSeed.FORMULA_NAME)).isNotNull();
        CSVRecord huaxin = byName.get("上海华信精密机械有限公司");
        assertThat(huaxin.get("主要联系人")).isEqualTo("赵六");
        assertThat(huaxin.get("邮箱")).isEqualTo("zhao@huaxin.cn");
        assertThat(huaxin.get("进行中订单")).isEqualTo("1");
        assertThat(huaxin.get("进行中金额")).isEqualTo("250000.00");
        // Excel's dialect: CRLF between records, the line break inside the notes kept as typed
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").contains("\"第一行\n第二行, 带逗号\"");
    }

    @Test
    void followUpsWithTheirNextStepAndDoneState() throws Exception {
        List<CSVRecord> rows = parse(export(ExportKind.FOLLOW_UPS, "followups.csv"));
        assertThat(rows).hasSize(7);
        Map<String, CSVRecord> byStep = by(rows, "下一步");
        assertThat(byStep.get("电话回访").get("下一步截止")).isEqualTo("2026-11-20 09:00");
        assertThat(byStep.get("电话回访").get("下一步状态")).isEqualTo("未完成");
        assertThat(byStep.get("电话回访").get("跟进时间")).isEqualTo("2026-11-19 14:03");
        assertThat(byStep.get("拜访").get("下一步状态")).isEqualTo("已完成");
        assertThat(byStep.get("拜访").get("完成时间")).isEqualTo("2026-11-20 14:03");
        assertThat(byStep.get("拜访").get("订单号")).isEmpty();
    }

    @Test
    void eachReportIsItsOwnTable() throws Exception {
        List<CSVRecord> funnel = parse(export(ExportKind.FUNNEL, "funnel.csv"));
        assertThat(funnel).hasSize(8);
        assertThat(funnel.get(0).get("进行中订单")).isEqualTo("1");
        assertThat(funnel.get(0).get("金额")).isEqualTo("250000.00");
        assertThat(funnel.get(7).get("金额")).isEqualTo("0.00");

        List<CSVRecord> overdue = parse(export(ExportKind.OVERDUE, "overdue.csv"));
        assertThat(overdue).extracting(r -> r.get("负责人")).containsExactly("王五", "李四");
        assertThat(overdue.get(1).get("最早到期")).isEqualTo("2026-11-19");

        List<CSVRecord> payments = parse(export(ExportKind.PAYMENTS, "payments.csv"));
        assertThat(payments).extracting(r -> r.get("订单号"))
                .containsExactly(seed.discount().orderNo(), seed.cabinet().orderNo());
        assertThat(payments.get(0).get("未收")).isEqualTo("1000.50");
        assertThat(payments.get(0).get("客户")).isEqualTo("'" + ExportSeed.FORMULA_NAME);
    }

    @Test
    void extraFieldsOfImportedRecordsComeBackUnderTheirHeaders() throws Exception {
        try (var c = java.sql.DriverManager.getConnection(app.gendan.store.DatabaseUrl.forFile(dir.resolve("gendan.mv.db")), "sa", "");
             var p = c.prepareStatement("INSERT INTO extra_field (entity, entity_id, position, header, field_value, created_at) "
                     + "VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            Object[][] rows = {{"order", seed.cabinet().id(), 0, "合同编号", "HT-2024-118"},
                    {"order", seed.cabinet().id(), 1, "客户来源", "展会"},
                    {"customer", seed.huaxin().id(), 0, "渠道备注", "机械, 设备"}};
            for (Object[] r : rows) {
                p.setString(1, (String) r[0]);
                p.setLong(2, (Long) r[1]);
                p.setInt(3, (Integer) r[2]);
                p.setString(4, (String) r[3]);
                p.setString(5, (String) r[4]);
                p.executeUpdate();
            }
        }

        List<CSVRecord> orders = parse(export(ExportKind.ORDERS, "orders.csv"));
        assertThat(orders.get(0).getParser().getHeaderNames()).endsWith("合同编号", "客户来源").startsWith("订单号");
        Map<String, CSVRecord> byNo = by(orders, "订单号");
        assertThat(byNo.get(seed.cabinet().orderNo()).get("合同编号")).isEqualTo("HT-2024-118");
        assertThat(byNo.get(seed.cabinet().orderNo()).get("客户来源")).isEqualTo("展会");
        assertThat(byNo.get(seed.discount().orderNo()).get("合同编号")).isEmpty();

        List<CSVRecord> customers = parse(export(ExportKind.CUSTOMERS, "customers.csv"));
        assertThat(customers.get(0).getParser().getHeaderNames()).endsWith("渠道备注");
        assertThat(customers.stream().filter(r -> r.get("渠道备注").equals("机械, 设备")).count()).isEqualTo(1);
    }
}
