package app.gendan.service.imports.map;

import static app.gendan.service.imports.ImportField.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gendan.domain.GendanException;
import app.gendan.service.imports.ColumnAssignment;
import app.gendan.service.imports.ColumnMapping;
import app.gendan.service.imports.ImportField;
import app.gendan.service.imports.ImportOptions;
import app.gendan.service.imports.MappingJson;
import app.gendan.service.imports.SheetPlan;
import app.gendan.service.imports.TrackerImport;
import app.gendan.service.imports.Trackers;
import app.gendan.service.imports.detect.HeaderDetector;
import app.gendan.service.imports.detect.HeaderGuess;
import app.gendan.service.imports.detect.HeaderSignature;
import app.gendan.service.imports.detect.HeaderText;
import app.gendan.service.imports.read.CellRange;
import app.gendan.service.imports.read.RawCell;
import app.gendan.service.imports.read.RawRow;
import app.gendan.service.imports.read.SheetInfo;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MappingTest {

    private static ImportField field(String header) {
        return AutoMapper.map(List.of(header)).columns().get(0).field();
    }

    @Test
    void synonymsBeyondTheSampleHeaders() {
        assertThat(List.of("客户名称", "客户", "公司", "公司名称", "单位名称", "Customer", "Organization", "Account Name"))
                .allSatisfy(h -> assertThat(field(h)).as(h).isEqualTo(CUSTOMER_NAME));
        assertThat(List.of("责任人", "负责人", "业务员", "跟单员", "Owner", "Sales Rep", "Deal Owner"))
                .allSatisfy(h -> assertThat(field(h)).as(h).isEqualTo(OWNER));
        assertThat(List.of("订单号", "单号", "订单编号", "Order No.", "PO Number"))
                .allSatisfy(h -> assertThat(field(h)).as(h).isEqualTo(ORDER_NUMBER));
        assertThat(List.of("Deal Title", "项目名称", "商机名称")).allSatisfy(h -> assertThat(field(h)).as(h).isEqualTo(ORDER_TITLE));
        assertThat(List.of("阶段", "Stage", "进度", "当前状态")).allSatisfy(h -> assertThat(field(h)).as(h).isEqualTo(STAGE));
        assertThat(List.of("手机", "手机号码", "Mobile")).allSatisfy(h -> assertThat(field(h)).as(h).isEqualTo(CONTACT_MOBILE));
        assertThat(field("交期")).isEqualTo(PROMISED_DELIVERY);
        assertThat(field("下次跟进日期")).isEqualTo(NEXT_STEP_DUE);
        assertThat(field("Lost Reason")).isEqualTo(LOST_REASON);
    }

    @Test
    void headersAreNormalised() {
        assertThat(field("金额（元）")).isEqualTo(AMOUNT);
        assertThat(field("金额(¥)")).isEqualTo(AMOUNT);
        assertThat(field(" 客户 名称 ")).isEqualTo(CUSTOMER_NAME);
        assertThat(field("*客户名称")).isEqualTo(CUSTOMER_NAME);
        assertThat(field("ＣＵＳＴＯＭＥＲ　ＮＡＭＥ")).isEqualTo(CUSTOMER_NAME);
        assertThat(field("备注2")).isEqualTo(NOTES);
        assertThat(field("客户联系人手机")).isEqualTo(CONTACT_MOBILE);
        assertThat(field("Company Phone")).isEqualTo(CONTACT_PHONE);
        assertThat(field("随便写的列")).isNull();
        assertThat(HeaderText.moneyMultiplier("金额（万元）")).isEqualByComparingTo("10000");
    }

    @Test
    void aFieldGoesToTheBestColumnOnlyOnce() {
        ColumnMapping m = AutoMapper.map(List.of("Stage", "Status", "客户", "公司", "备注", "备注2"));
        assertThat(m.columns()).extracting(ColumnAssignment::field).containsExactly(STAGE, STATUS, CUSTOMER_NAME, null, NOTES, NOTES);
        assertThat(m.duplicates()).isEmpty();
        assertThat(m.withField(3, CUSTOMER_NAME).duplicates()).containsExactly(CUSTOMER_NAME);
    }

    @Test
    void signatureIgnoresSpacingAndWidth() {
        assertThat(HeaderSignature.of(List.of("客户名称", "金额")))
                .isEqualTo(HeaderSignature.of(List.of(" 客户名称 ", "金额")))
                .isNotEqualTo(HeaderSignature.of(List.of("金额", "客户名称")))
                .hasSizeLessThanOrEqualTo(100);
    }

    @Test
    void mappingRoundTripsThroughJson() {
        ColumnMapping m = AutoMapper.map(List.of("客户", "金额", "乱七八糟")).withField(2, NOTES);
        String json = MappingJson.write(m);
        assertThat(MappingJson.read(json)).isEqualTo(m);
        assertThatThrownBy(() -> MappingJson.read("{not json"))
                .isInstanceOfSatisfying(GendanException.class, e -> assertThat(e.messageKey()).isEqualTo("imports.error.savedMapping"));
    }

    @Test
    void savedMappingIsReusedForTheSameHeaders() {
        ImportOptions first = Trackers.OPTIONS;
        ColumnMapping corrected;
        try (TrackerImport imp = TrackerImport.open(Trackers.path("bad/ragged.csv"), first)) {
            SheetPlan plan = imp.plans().get(0);
            assertThat(plan.mappingWasSaved()).isFalse();
            corrected = plan.mapping().withField(1, NOTES);
        }
        String json = MappingJson.write(corrected);
        ImportOptions second = new ImportOptions(first.referenceDate(), null,
                sig -> sig.equals(corrected.signature()) ? Optional.of(MappingJson.read(json)) : Optional.empty(), null);
        try (TrackerImport imp = TrackerImport.open(Trackers.path("bad/ragged.csv"), second)) {
            SheetPlan plan = imp.plans().get(0);
            assertThat(plan.mappingWasSaved()).isTrue();
            assertThat(plan.mapping().columns().get(1).field()).isEqualTo(NOTES);
        }
    }

    @Test
    void headerRowSkipsTitleBlankAndNoteRows() {
        SheetInfo sheet = new SheetInfo(0, "s", false, 0, List.of(), List.of(), List.of(new CellRange(1, 1, 0, 4)));
        List<RawRow> rows = List.of(
                row(1, "2024年客户跟进表"),
                row(2),
                row(3, "制表人：张三", "", "日期：2024-06-01"),
                row(4, "客户", "联系人", "电话", "金额", "状态"),
                row(5, "上海华信", "张伟", "13800138000", "1000", "已报价"));
        HeaderGuess g = HeaderDetector.detect(rows, sheet, AutoMapper::headerScore).orElseThrow();
        assertThat(g.rowNumber()).isEqualTo(4);
        assertThat(g.headers()).containsExactly("客户", "联系人", "电话", "金额", "状态");
    }

    private static RawRow row(int n, String... texts) {
        return new RawRow(n, java.util.Arrays.stream(texts).map(RawCell::text).toList(), false);
    }

    @Test
    void termsFoundInsideLongerHeaders() {
        // Chinese headers skip the Latin terms; Latin and mixed ones still find them
        Object[][] cases = {
            {"客户公司名称", ImportField.CUSTOMER_NAME, 0.8},
            {"下次跟进日期备注", ImportField.NOTES, 0.675},
            {"公司 Customer Name", ImportField.CUSTOMER_NAME, 0.8571428571428572},
            {"Client Company Ltd", ImportField.CUSTOMER_NAME, 0.68125},
            {"Shipping Address Line", ImportField.ADDRESS, 0.7868421052631579},
            {"客户Phone", ImportField.CUSTOMER_NAME, 0.6357142857142858},
        };
        for (Object[] c : cases) {
            List<FieldGuess> g = HeaderMatcher.guesses((String) c[0]);
            assertThat(g).as((String) c[0]).isNotEmpty();
            assertThat(g.get(0).field()).as((String) c[0]).isEqualTo(c[1]);
            assertThat(g.get(0).confidence()).as((String) c[0]).isEqualTo((double) c[2]);
        }
    }

    @Test
    void wordsInsideCompoundHeaders() {
        assertThat(List.of("沟通方式", "拜访形式", "方式", "客户沟通方式", "本次拜访形式"))
                .allSatisfy(h -> assertThat(field(h)).as(h).isEqualTo(FOLLOW_UP_METHOD));
        assertThat(List.of("跟进内容", "拜访纪要", "内容", "本次拜访纪要", "电话沟通内容"))
                .allSatisfy(h -> assertThat(field(h)).as(h).isEqualTo(FOLLOW_UP_SUMMARY));
        assertThat(List.of("当前环节", "进展", "商机阶段", "项目当前环节", "最新进展"))
                .allSatisfy(h -> assertThat(field(h)).as(h).isEqualTo(STAGE));
        assertThat(List.of("合计", "总价", "Total", "合计（元）", "订单合计", "Grand Total"))
                .allSatisfy(h -> assertThat(field(h)).as(h).isEqualTo(AMOUNT));
        assertThat(field("数量合计")).isEqualTo(QUANTITY);
        assertThat(field("Subject")).isEqualTo(ORDER_TITLE);
        assertThat(field("Next Date")).isEqualTo(NEXT_STEP_DUE);
        assertThat(field("Paid On")).isEqualTo(RECEIVED_DATE);
    }

    @Test
    void unitsInHeaders() {
        assertThat(List.of("金额（万元）", "金额(元)", "金额/万元", "金额万元", "Amount (USD)", "金额(¥)", "Total $", "金額(NT$)"))
                .allSatisfy(h -> assertThat(field(h)).as(h).isEqualTo(AMOUNT));
        assertThat(field("单价（元）")).isEqualTo(UNIT_PRICE);
        assertThat(field("赢率(%)")).isNull();
        assertThat(field("折扣%")).isNull();
    }

    @Test
    void traditionalChineseHeaders() {
        ColumnMapping m = AutoMapper.map(List.of("訂單編號", "客戶名稱", "聯絡人", "電話", "產品", "金額(NT$)", "狀態", "業務", "日期", "備註"));
        assertThat(m.columns()).extracting(ColumnAssignment::field).containsExactly(ORDER_NUMBER, CUSTOMER_NAME, CONTACT_NAME,
                CONTACT_PHONE, PRODUCT, AMOUNT, STAGE, OWNER, ORDER_DATE, NOTES);
        assertThat(field("階段")).isEqualTo(STAGE);
        assertThat(field("業務窗口")).isEqualTo(CONTACT_NAME);
        assertThat(new StageWordMapper().map("報價中")).isEqualTo(new StageWordMapper().map("报价中")).isPresent();
    }

    private static List<RawRow> rows(String[]... cells) {
        List<RawRow> out = new java.util.ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            out.add(row(i + 2, cells[i]));
        }
        return out;
    }

    // a stand-in for the date reader of the values stage: ISO dates only
    private static boolean isoDate(RawCell c) {
        return c.text().matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aColumnOfDatesNeverBecomesAnAmountOrAPhone() {
        List<String> headers = List.of("Customer", "Received", "Paid Amount", "联系电话", "Phone");
        List<RawRow> sample = rows(
                new String[] {"Acme", "2024-03-01", "1200", "2024-03-02", "13800138000"},
                new String[] {"Globex", "2024-04-11", "800", "2024-04-12", "13900139000"},
                new String[] {"Initech", "", "", "2024-05-06", "13700137000"},
                new String[] {"Stark", "2024-06-30", "50", "2024-07-01", "13600136000"});
        ColumnMapping byHeader = AutoMapper.map(headers);
        assertThat(byHeader.columns()).extracting(ColumnAssignment::field)
                .containsExactly(CUSTOMER_NAME, RECEIVED_AMOUNT, null, CONTACT_PHONE, null);
        ColumnMapping m = AutoMapper.map(headers, sample, MappingTest::isoDate);
        assertThat(m.columns()).extracting(ColumnAssignment::field)
                .containsExactly(CUSTOMER_NAME, RECEIVED_DATE, RECEIVED_AMOUNT, FOLLOW_UP_DATE, CONTACT_PHONE);
        // guessed from the values: marked for the user to check
        assertThat(m.columns().get(1).confidence()).isLessThan(1.0).isGreaterThanOrEqualTo(AutoMapper.MIN_CONFIDENCE);
        assertThat(m.columns().get(3).confidence()).isLessThan(1.0);
        assertThat(m.columns().get(2).confidence()).isEqualTo(1.0);
    }

    @Test
    void aColumnOfStatusWordsIsAStageWhateverItsHeader() {
        List<String> headers = List.of("客户", "情况", "Remarks", "Outcome");
        List<RawRow> sample = rows(
                new String[] {"华信", "已报价", "先发样品", "won"},
                new String[] {"恒泰", "谈判中", "老客户", "lost"},
                new String[] {"永利", "已发货", "", "won"},
                new String[] {"诚达", "待回访", "要发票", ""});
        assertThat(AutoMapper.map(headers).columns().get(1).field()).isNull();
        ColumnMapping m = AutoMapper.map(headers, sample, c -> false);
        assertThat(m.columns()).extracting(ColumnAssignment::field).containsExactly(CUSTOMER_NAME, STAGE, NOTES, STATUS);
        assertThat(m.columns().get(1).confidence()).isLessThan(1.0);
        // a header that names the wrong kind gives way too; one column of one word is a label, not a status
        ColumnMapping phone = AutoMapper.map(List.of("客户", "电话"), rows(new String[] {"华信", "已报价"},
                new String[] {"恒泰", "已成交"}, new String[] {"永利", "已报价"}), c -> false);
        assertThat(phone.columns().get(1).field()).isEqualTo(STAGE);
        ColumnMapping label = AutoMapper.map(List.of("客户", "类别"), rows(new String[] {"华信", "报价"},
                new String[] {"恒泰", "报价"}, new String[] {"永利", "报价"}), c -> false);
        assertThat(label.columns().get(1).field()).isNull();
    }

    @Test
    void aSavedMappingWinsOverWhatTheValuesSay(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path csv = dir.resolve("paid.csv");
        java.nio.file.Files.writeString(csv, "Customer,Received,Paid Amount\nAcme,2024-03-01,1200\nGlobex,2024-04-11,800\n"
                + "Initech,2024-05-06,50\n");
        try (TrackerImport imp = TrackerImport.open(csv, Trackers.OPTIONS)) {
            assertThat(imp.plans().get(0).mapping().columns().get(1).field()).isEqualTo(RECEIVED_DATE);
        }
        ColumnMapping saved = AutoMapper.map(List.of("Customer", "Received", "Paid Amount")).withField(1, NOTES);
        ImportOptions options = new ImportOptions(Trackers.OPTIONS.referenceDate(), null,
                sig -> sig.equals(saved.signature()) ? Optional.of(saved) : Optional.empty(), null);
        try (TrackerImport imp = TrackerImport.open(csv, options)) {
            assertThat(imp.plans().get(0).mappingWasSaved()).isTrue();
            assertThat(imp.plans().get(0).mapping().columns().get(1).field()).isEqualTo(NOTES);
        }
    }
}
