package app.gendan.service.imports;

import static app.gendan.service.imports.ImportField.*;
import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.OrderStatus;
import app.gendan.service.imports.map.StageWordMapper;
import app.gendan.service.imports.read.CellRange;
import app.gendan.service.imports.read.SheetInfo;
import app.gendan.service.imports.read.TextFormat;
import app.gendan.service.imports.read.TrackerFormat;
import app.gendan.service.imports.values.DateOrder;
import app.gendan.service.imports.values.ParsedRow;
import app.gendan.service.imports.values.ParsedRowCursor;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real-looking legacy trackers, checked against the facts in trackers/expected.json. */
class SampleTrackersTest {

    @Test
    void xlsxWithTitleRowAndBlankRows() {
        try (TrackerImport imp = TrackerImport.open(Trackers.path("销售跟进表.xlsx"), Trackers.OPTIONS)) {
            assertThat(imp.file().format()).isEqualTo(TrackerFormat.XLSX);
            assertThat(imp.file().sheets()).extracting(SheetInfo::name).containsExactly("跟进记录");
            assertThat(imp.file().sheets().get(0).mergedRegions()).containsExactly(new CellRange(1, 1, 0, 9));
            SheetPlan plan = imp.plans().get(0);
            assertThat(plan.headerRow()).isEqualTo(3);
            assertThat(plan.mapping().columns()).extracting(ColumnAssignment::field).containsExactly(
                    CUSTOMER_NAME, CONTACT_NAME, CONTACT_PHONE, FOLLOW_UP_DATE, FOLLOW_UP_METHOD, FOLLOW_UP_SUMMARY,
                    STAGE, NEXT_STEP, NEXT_STEP_DUE, OWNER);

            List<ParsedRow> rows = Trackers.readAll(imp);
            assertThat(rows).hasSize(420);
            assertThat(Trackers.distinct(rows, CUSTOMER_NAME)).hasSize(60);
            assertThat(rows).allSatisfy(r -> assertThat(r.date(FOLLOW_UP_DATE)).isNotNull());
            assertThat(rows).allSatisfy(r -> assertThat(r.text(FOLLOW_UP_METHOD)).isIn("phone", "wechat", "email", "visit"));
            ParsedRow first = rows.get(0);
            assertThat(first.rowNumber()).isEqualTo(4);
            assertThat(first.date(FOLLOW_UP_DATE)).hasToString("2024-09-29");
            assertThat(first.text(CONTACT_PHONE)).isEqualTo("13585767302");
            assertThat(first.stage(STAGE)).isEqualTo(StageMatch.stage(StageWordMapper.CONTRACT));
        }
    }

    @Test
    void gbkCsvWithQuotedCommasAndNewlines() {
        try (TrackerImport imp = TrackerImport.open(Trackers.path("订单跟踪-GBK.csv"), Trackers.OPTIONS)) {
            TextFormat format = imp.file().textFormat().orElseThrow();
            assertThat(format.charset()).isEqualTo(Charset.forName("GB18030"));
            assertThat(format.delimiter()).isEqualTo(',');
            SheetPlan plan = imp.plans().get(0);
            assertThat(plan.headerRow()).isEqualTo(1);
            assertThat(plan.mapping().columns()).extracting(ColumnAssignment::field).containsExactly(
                    ORDER_NUMBER, CUSTOMER_NAME, CONTACT_NAME, PRODUCT, QUANTITY, UNIT_PRICE, AMOUNT, ORDER_DATE,
                    PROMISED_DELIVERY, SHIPPED_DATE, TRACKING_NUMBER, RECEIVED_AMOUNT, RECEIVED_DATE, STAGE, OWNER, NOTES);

            List<ParsedRow> rows = Trackers.readAll(imp);
            assertThat(rows).hasSize(320).allMatch(ParsedRow::importable);
            assertThat(Trackers.distinct(rows, CUSTOMER_NAME)).hasSize(45);
            assertThat(Trackers.distinct(rows, ORDER_NUMBER)).hasSize(320);
            assertThat(Trackers.sum(rows, AMOUNT)).isEqualByComparingTo("78526914.70");
            assertThat(Trackers.sum(rows, RECEIVED_AMOUNT)).isEqualByComparingTo("24750880.520");
            assertThat(rows).extracting(r -> r.text(NOTES)).contains("地址变更:\n新地址见邮件", "客户要求:先发50%,余款到货后付");
            assertThat(rows).allSatisfy(r -> assertThat(r.stage(STAGE)).isNotNull());
        }
    }

    @Test
    void englishCrmExportWithBom() {
        try (TrackerImport imp = TrackerImport.open(Trackers.path("deals-export.csv"), Trackers.OPTIONS)) {
            TextFormat format = imp.file().textFormat().orElseThrow();
            assertThat(format.charsetLabel()).isEqualTo("UTF-8 (BOM)");
            SheetPlan plan = imp.plans().get(0);
            assertThat(plan.headerRow()).isEqualTo(1);
            assertThat(plan.headers().get(0)).isEqualTo("Deal Title");
            assertThat(plan.dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
            assertThat(plan.mapping().columns()).extracting(ColumnAssignment::field).containsExactly(
                    ORDER_TITLE, CUSTOMER_NAME, CONTACT_NAME, EMAIL, CONTACT_PHONE, AMOUNT, CURRENCY, STAGE, OWNER,
                    EXPECTED_CLOSE, NEXT_STEP_DUE, NEXT_STEP, STATUS, LOST_REASON, CREATED_DATE);

            List<ParsedRow> rows = Trackers.readAll(imp);
            assertThat(rows).hasSize(260).allMatch(ParsedRow::importable);
            assertThat(Trackers.distinct(rows, CUSTOMER_NAME)).hasSize(15);
            assertThat(Trackers.sum(rows, AMOUNT)).isEqualByComparingTo("11917740");
            ParsedRow first = rows.get(0);
            assertThat(first.date(EXPECTED_CLOSE)).hasToString("2024-08-21");
            assertThat(first.text(CONTACT_PHONE)).isEqualTo("+15551941529");
            assertThat(first.stage(STAGE)).isEqualTo(StageMatch.stage(StageWordMapper.QUOTE));
            assertThat(first.stage(STATUS)).isEqualTo(StageMatch.outcome(OrderStatus.OPEN));
            assertThat(rows).filteredOn(r -> "Lost".equals(rawStage(r))).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.stage(STAGE).status()).isEqualTo(OrderStatus.LOST));
        }
    }

    private static String rawStage(ParsedRow r) {
        StageMatch m = r.stage(STAGE);
        return m != null && m.status() == OrderStatus.LOST ? "Lost" : null;
    }

    @Test
    void oldBinaryWorkbookWithTwoSheets() {
        try (TrackerImport imp = TrackerImport.open(Trackers.path("老跟单表.xls"), Trackers.OPTIONS)) {
            assertThat(imp.file().format()).isEqualTo(TrackerFormat.XLS);
            assertThat(imp.file().sheets()).extracting(SheetInfo::name).containsExactly("王五", "李四");
            assertThat(imp.plans()).extracting(SheetPlan::headerRow).containsExactly(1, 1);
            assertThat(imp.plans().get(0).mapping().columns()).extracting(ColumnAssignment::field).containsExactly(
                    ORDER_DATE, CUSTOMER_NAME, PRODUCT, QUANTITY, AMOUNT, STAGE, NOTES);

            int total = 0;
            for (SheetPlan plan : imp.plans()) {
                try (ParsedRowCursor c = imp.rows(plan)) {
                    c.forEachRemaining(r -> { });
                    assertThat(c.rowsRead()).isEqualTo(plan.sheet().name().equals("王五") ? 164 : 161);
                    assertThat(c.unknownStageWords()).isEmpty();
                    total += c.rowsRead();
                }
            }
            assertThat(total).isEqualTo(325);
            List<ParsedRow> rows = Trackers.readAll(imp);
            assertThat(Trackers.distinct(rows, CUSTOMER_NAME)).hasSize(40);
            assertThat(Trackers.sum(rows, AMOUNT)).isEqualByComparingTo(new BigDecimal("9611010"));
            assertThat(rows.get(0).date(ORDER_DATE)).hasToString("2021-10-25");
        }
    }
}
