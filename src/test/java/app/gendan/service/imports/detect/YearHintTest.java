package app.gendan.service.imports.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class YearHintTest {

    private static YearHint find(List<String> titles, String sheet, String file) {
        return YearHint.find(titles, sheet, file).orElseThrow();
    }

    @Test
    void theTitleAboveTheHeaderFirst() {
        YearHint h = find(List.of("2024上海工博会线索跟进（展期9月24日-28日）"), "leads", "线索.csv");
        assertThat(h).isEqualTo(new YearHint(2024, 2024, 0, "2024上海工博会线索跟进（展期9月24日-28日）"));
        // the title wins over a file name that names another year
        assertThat(find(List.of("2024年跟单表"), "Sheet1", "2023旧表.xlsx").firstYear()).isEqualTo(2024);
    }

    @Test
    void aMonthFromTheSheetNameWithTheYearFromTheTitle() {
        YearHint h = find(List.of("2024年3月 销售日报（张敏）"), "3月", "销售日报-张敏.xlsx");
        assertThat(h.firstYear()).isEqualTo(2024);
        assertThat(h.month()).isEqualTo(3);
        assertThat(find(List.of(), "2024年1月", "订单跟踪表.xlsx")).isEqualTo(new YearHint(2024, 2024, 1, "2024年1月"));
        assertThat(find(List.of(), "5月份", "2024年度销售跟进表.xlsx")).isEqualTo(new YearHint(2024, 2024, 5, "2024年度销售跟进表"));
    }

    @Test
    void theFileNameLastAndItsRanges() {
        assertThat(find(List.of(), "Sheet1", "2024年度销售跟进表.xlsx").singleYear()).isTrue();
        YearHint range = find(List.of(), "汇总", "2023-2024跟进汇总.xlsx");
        assertThat(range.firstYear()).isEqualTo(2023);
        assertThat(range.lastYear()).isEqualTo(2024);
        assertThat(find(List.of(), "s", "orders 2024/25.csv").lastYear()).isEqualTo(2025);
        assertThat(find(List.of(), "s", "订单跟踪表-2024上半年.xlsx")).isEqualTo(new YearHint(2024, 2024, 0, "订单跟踪表-2024上半年"));
    }

    @Test
    void aMonthIsNotARangeAndADayIsNotTheMonthCovered() {
        YearHint h = find(List.of("Export 2024-03-15"), "s", "x.csv");
        assertThat(h.singleYear()).isTrue();
        assertThat(h.month()).isZero();
        // "更新于2024年12月31日" says when the file was saved, not which month its rows are in
        assertThat(find(List.of("2024年客户跟进（更新于2024年12月31日）"), "s", "x.csv").month()).isZero();
        assertThat(find(List.of("2024年6月订单"), "s", "x.csv").month()).isEqualTo(6);
    }

    @Test
    void nothingWhenNoTextNamesAYear() {
        assertThat(YearHint.find(List.of("客户跟进表", "制表人：张三"), "Sheet1", "export_20240315.csv")).isEmpty();
        assertThat(YearHint.find(List.of(), "3月", "销售日报.xlsx")).isEmpty();
    }
}
