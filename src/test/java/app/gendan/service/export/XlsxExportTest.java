package app.gendan.service.export;

import static app.gendan.service.export.XlsxSheet.cell;
import static app.gendan.service.export.XlsxSheet.rowWhere;
import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.ExportSeed;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports read back with POI: every row, Chinese intact, real dates and numbers, formulas never. */
class XlsxExportTest {
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
        assertThat(r.file()).isEqualTo(file.toAbsolutePath());
        assertThat(r.format()).isEqualTo(ExportFormat.XLSX);
        return file;
    }

    @Test
    void ordersHaveEveryRowWithChineseHeadersAndNames() throws Exception {
        try (XSSFWorkbook wb = XlsxSheet.open(export(ExportKind.ORDERS, "订单导出.xlsx"))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("订单");
            assertThat(XlsxSheet.headers(s)).startsWith("订单号", "标题", "客户", "联系人", "跟单流程", "阶段", "状态")
                    .contains("金额", "已回款", "下单日期", "下一步", "下一步截止");
            assertThat(s.getLastRowNum()).isEqualTo(3);

            Row cabinet = rowWhere(s, "订单号", seed.cabinet().orderNo());
            assertThat(cell(cabinet, "标题").getStringCellValue()).isEqualTo("储能柜");
            assertThat(cell(cabinet, "客户").getStringCellValue()).isEqualTo("上海华信精密机械有限公司");
            assertThat(cell(cabinet, "阶段").getStringCellValue()).isEqualTo(t.stages().get(0).name());
            assertThat(cell(cabinet, "状态").getStringCellValue()).isEqualTo("进行中");
            assertThat(cell(cabinet, "优先级").getStringCellValue()).isEqualTo("高");
            assertThat(cell(cabinet, "负责人").getStringCellValue()).isEqualTo("王五");
            assertThat(cell(cabinet, "备注").getStringCellValue()).isEqualTo("含安装调试");
            // the soonest open next step of the order
            assertThat(cell(cabinet, "下一步").getStringCellValue()).isEqualTo("发送报价单");

            Row won = rowWhere(s, "订单号", seed.won().orderNo());
            assertThat(cell(won, "状态").getStringCellValue()).isEqualTo("赢单");
            assertThat(cell(won, "下一步")).isNull();
        }
    }

    @Test
    void datesAreDateCellsAndMoneyIsNumbers() throws Exception {
        try (XSSFWorkbook wb = XlsxSheet.open(export(ExportKind.ORDERS, "orders.xlsx"))) {
            Row cabinet = rowWhere(wb.getSheetAt(0), "订单号", seed.cabinet().orderNo());

            Cell amount = cell(cabinet, "金额");
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(250000.0);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(cell(cabinet, "已回款").getNumericCellValue()).isEqualTo(100000.0);
            assertThat(cell(cabinet, "币种").getStringCellValue()).isEqualTo("CNY");

            Cell orderDate = cell(cabinet, "下单日期");
            assertThat(orderDate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(orderDate)).isTrue();
            assertThat(orderDate.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(cell(cabinet, "预计成交日期").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(cell(cabinet, "付款到期日").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 12, 20));
            assertThat(cell(cabinet, "下一步截止").getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 11, 18, 0, 0));
            assertThat(cell(cabinet, "下一步截止").getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");

            // moments are the wall-clock time in the user's zone (the clock stands at 14:03 in Shanghai)
            Cell changed = cell(cabinet, "最后修改时间");
            assertThat(DateUtil.isCellDateFormatted(changed)).isTrue();
            assertThat(changed.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 20, 14, 3));
            assertThat(changed.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsAQuotePrefixedTextCell() throws Exception {
        try (XSSFWorkbook wb = XlsxSheet.open(export(ExportKind.ORDERS, "orders.xlsx"))) {
            Row discount = rowWhere(wb.getSheetAt(0), "订单号", seed.discount().orderNo());
            for (String header : new String[] {"标题", "客户"}) {
                Cell c = cell(discount, header);
                assertThat(c.getCellType()).as(header).isEqualTo(CellType.STRING);
                assertThat(c.getCellStyle().getQuotePrefixed()).as(header).isTrue();
            }
            assertThat(cell(discount, "标题").getStringCellValue()).isEqualTo(ExportSeed.DISCOUNT_TITLE);
            assertThat(cell(discount, "客户").getStringCellValue()).isEqualTo(ExportSeed.FORMULA_NAME);
            // ordinary text is text too, but without the prefix
            Cell plain = cell(discount, "负责人");
            assertThat(plain.getCellType()).isEqualTo(CellType.STRING);
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
        }
        // and no cell of any export is a formula
        for (ExportKind kind : new ExportKind[] {ExportKind.CUSTOMERS, ExportKind.FOLLOW_UPS, ExportKind.REPORTS}) {
            try (XSSFWorkbook wb = XlsxSheet.open(export(kind, kind.code() + ".xlsx"))) {
                for (Sheet s : wb) {
                    for (Row r : s) {
                        for (Cell c : r) {
                            assertThat(c.getCellType()).as("%s %s", kind, c.getAddress()).isNotEqualTo(CellType.FORMULA);
                        }
                    }
                }
            }
        }
    }

    @Test
    void customersCarryTheirPrimaryContactAndOpenOrders() throws Exception {
        try (XSSFWorkbook wb = XlsxSheet.open(export(ExportKind.CUSTOMERS, "customers.xlsx"))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("客户");
            assertThat(s.getLastRowNum()).isEqualTo(3);
            Row huaxin = rowWhere(s, "客户名称", "上海华信精密机械有限公司");
            assertThat(cell(huaxin, "简称").getStringCellValue()).isEqualTo("华信");
            assertThat(cell(huaxin, "等级").getStringCellValue()).isEqualTo("A");
            assertThat(cell(huaxin, "主要联系人").getStringCellValue()).isEqualTo("赵六");
            assertThat(cell(huaxin, "职务").getStringCellValue()).isEqualTo("采购经理");
            assertThat(cell(huaxin, "联系人电话").getStringCellValue()).isEqualTo("13900139000");
            assertThat(cell(huaxin, "邮箱").getStringCellValue()).isEqualTo("zhao@huaxin.cn");
            assertThat(cell(huaxin, "微信").getStringCellValue()).isEqualTo("zl_wx");
            assertThat(cell(huaxin, "进行中订单").getNumericCellValue()).isEqualTo(1.0);
            assertThat(cell(huaxin, "进行中金额").getNumericCellValue()).isEqualTo(250000.0);

            Row acme = rowWhere(s, "客户名称", ExportSeed.ACME_NAME);
            assertThat(cell(acme, "备注").getStringCellValue()).isEqualTo(ExportSeed.ACME_NOTES);
            assertThat(cell(acme, "主要联系人")).isNull();
            assertThat(cell(acme, "进行中订单").getNumericCellValue()).isZero();
        }
    }

    @Test
    void followUpsCarryTheirNextStepAndWhetherItIsDone() throws Exception {
        try (XSSFWorkbook wb = XlsxSheet.open(export(ExportKind.FOLLOW_UPS, "followups.xlsx"))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("跟进记录");
            assertThat(s.getLastRowNum()).isEqualTo(7);

            Row call = rowWhere(s, "下一步", "电话回访");
            assertThat(cell(call, "客户").getStringCellValue()).isEqualTo("上海华信精密机械有限公司");
            assertThat(cell(call, "订单号").getStringCellValue()).isEqualTo(seed.cabinet().orderNo());
            assertThat(cell(call, "方式").getStringCellValue()).isEqualTo("电话");
            assertThat(cell(call, "跟进内容").getStringCellValue()).isEqualTo("电话沟通：电话回访");
            assertThat(cell(call, "记录人").getStringCellValue()).isEqualTo("王五");
            assertThat(cell(call, "下一步负责人").getStringCellValue()).isEqualTo("王五");
            assertThat(cell(call, "下一步状态").getStringCellValue()).isEqualTo("未完成");
            // a step with a time of day keeps it; the follow-up itself happened yesterday at 14:03
            assertThat(cell(call, "下一步截止").getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 20, 9, 0));
            assertThat(cell(call, "跟进时间").getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 19, 14, 3));
            assertThat(cell(call, "完成时间")).isNull();

            Row visit = rowWhere(s, "下一步", "拜访");
            assertThat(cell(visit, "订单号")).isNull();
            assertThat(cell(visit, "方式").getStringCellValue()).isEqualTo("拜访");
            assertThat(cell(visit, "客户反馈").getStringCellValue()).isEqualTo("满意");
            assertThat(cell(visit, "下一步状态").getStringCellValue()).isEqualTo("已完成");
            assertThat(cell(visit, "完成时间").getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 20, 14, 3));
        }
    }

    @Test
    void theReportsWorkbookHasOneSheetPerReport() throws Exception {
        try (XSSFWorkbook wb = XlsxSheet.open(export(ExportKind.REPORTS, "报表.xlsx"))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            Sheet funnel = wb.getSheet("阶段漏斗");
            assertThat(XlsxSheet.headers(funnel)).containsExactly("跟单流程", "阶段", "进行中订单", "金额");
            // wide enough for the Chinese header (each character two cells wide) and its filter button
            assertThat(funnel.getColumnWidth(2)).isGreaterThanOrEqualTo((10 + 4 + 2) * 256);
            assertThat(funnel.getLastRowNum()).isEqualTo(8);
            Row first = rowWhere(funnel, "阶段", t.stages().get(0).name());
            assertThat(cell(first, "进行中订单").getNumericCellValue()).isEqualTo(1.0);
            assertThat(cell(first, "金额").getNumericCellValue()).isEqualTo(250000.0);

            Sheet overdue = wb.getSheet("逾期跟进（按负责人）");
            assertThat(overdue.getLastRowNum()).isEqualTo(2);
            Row wang = rowWhere(overdue, "负责人", "王五");
            assertThat(cell(wang, "逾期数").getNumericCellValue()).isEqualTo(2.0);
            assertThat(cell(wang, "最早到期").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 18));
            assertThat(cell(wang, "最长逾期天数").getNumericCellValue()).isEqualTo(2.0);

            Sheet payments = wb.getSheet("应收与回款");
            assertThat(payments.getLastRowNum()).isEqualTo(2);
            Row sample = rowWhere(payments, "订单号", seed.discount().orderNo());
            assertThat(cell(sample, "应收").getNumericCellValue()).isEqualTo(1200.5);
            assertThat(cell(sample, "已回款").getNumericCellValue()).isEqualTo(200.0);
            assertThat(cell(sample, "未收").getNumericCellValue()).isEqualTo(1000.5);
            assertThat(cell(sample, "逾期天数").getNumericCellValue()).isEqualTo(5.0);
            assertThat(cell(sample, "最近未收到期日").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 15));
        }
    }

    @Test
    void headersFollowTheLanguageAsked() throws Exception {
        Path file = dir.resolve("orders-en.xlsx");
        t.ws.exports().export(ExportKind.ORDERS, file, new app.gendan.domain.i18n.Messages(java.util.Locale.ENGLISH),
                ExportProgress.NONE, () -> false);
        try (XSSFWorkbook wb = XlsxSheet.open(file)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("Orders");
            assertThat(XlsxSheet.headers(s)).startsWith("Order no.", "Title", "Customer");
            Row cabinet = rowWhere(s, "Order no.", seed.cabinet().orderNo());
            assertThat(cell(cabinet, "Status").getStringCellValue()).isEqualTo("Open");
            // the data stays as it was typed
            assertThat(cell(cabinet, "Customer").getStringCellValue()).isEqualTo("上海华信精密机械有限公司");
        }
    }
}
