package app.gendan.service.imports.values;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.service.imports.detect.YearHint;
import app.gendan.service.imports.read.RawCell;
import app.gendan.service.imports.read.RawRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dates without a year take it from the file, never from the day it was saved; day/month order per column. */
class DateHintsTest {
    /** The day the file was saved: its year must not leak into dates the file dates otherwise. */
    private static final LocalDate SAVED = LocalDate.of(2026, 11, 20);

    private static DateParser parser(YearHint year, LocalDate anchor) {
        return new DateParser(SAVED, false, DateOrder.UNKNOWN, new DateHints(year, anchor, Map.of()));
    }

    private static String d(Parsed<LocalDateTime> p) {
        return p.value() == null ? null : p.value().toLocalDate().toString();
    }

    private static YearHint year(int y) {
        return new YearHint(y, y, 0, "title " + y);
    }

    @Test
    void theFilesYearForEveryMonthOfIt() {
        DateParser p = parser(year(2024), null);
        assertThat(d(p.parse("3月15日"))).isEqualTo("2024-03-15");
        assertThat(d(p.parse("12月28日"))).isEqualTo("2024-12-28");
        assertThat(d(p.parse("1月2日"))).isEqualTo("2024-01-02");
        assertThat(d(p.parse("9/24"))).isEqualTo("2024-09-24");
        assertThat(p.parse("3月15日").problemKey()).isEqualTo("imports.problem.yearInferred");
        // times of day are kept
        assertThat(p.parse("3月15日 14:30").value()).isEqualTo(LocalDateTime.of(2024, 3, 15, 14, 30));
        // a year given in full is never changed
        assertThat(d(p.parse("2023/3/15"))).isEqualTo("2023-03-15");
        assertThat(p.parse("2月29日").failed()).isFalse();
        assertThat(parser(year(2023), null).parse("2月29日").problemKey()).isEqualTo("imports.problem.badDate");
    }

    @Test
    void aMonthSheetTakesTheDaysAroundItsMonth() {
        DateParser january = parser(new YearHint(2025, 2025, 1, "2025年1月"), null);
        assertThat(d(january.parse("1月20日"))).isEqualTo("2025-01-20");
        assertThat(d(january.parse("12月28日"))).isEqualTo("2024-12-28");
        DateParser march = parser(new YearHint(2024, 2024, 3, "3月"), null);
        assertThat(d(march.parse("3月31日"))).isEqualTo("2024-03-31");
    }

    @Test
    void aRangeOfYearsIsNarrowedByTheFilesDates() {
        YearHint range = new YearHint(2023, 2024, 0, "2023-2024跟进汇总");
        assertThat(d(parser(range, LocalDate.of(2023, 11, 2)).parse("11月5日"))).isEqualTo("2023-11-05");
        assertThat(d(parser(range, LocalDate.of(2024, 2, 2)).parse("11月5日"))).isEqualTo("2023-11-05");
        assertThat(d(parser(range, LocalDate.of(2024, 8, 2)).parse("11月5日"))).isEqualTo("2024-11-05");
        // without dates of its own the range still keeps the saved day's year out
        assertThat(d(parser(range, null).parse("6月1日"))).isEqualTo("2024-06-01");
    }

    @Test
    void withoutAYearInTheFileTheFilesOwnDatesDecide() {
        assertThat(d(parser(null, LocalDate.of(2024, 5, 1)).parse("6月12日"))).isEqualTo("2024-06-12");
        assertThat(d(parser(null, null).parse("6月12日"))).isEqualTo("2026-06-12");
    }

    @Test
    void aFullDateInTheSameRowWinsOverTheFile() {
        DateParser row = parser(year(2024), null).withReference(LocalDate.of(2024, 12, 20));
        assertThat(d(row.parse("1月5日"))).isEqualTo("2025-01-05");
    }

    private static RawRow row(int n, String... texts) {
        return new RawRow(n, Arrays.stream(texts).map(RawCell::text).toList(), false);
    }

    @Test
    void hintsFromTheFirstRows() {
        List<RawRow> sample = List.of(
                row(2, "15/03/2024", "03/04/2024", "3月5日", "1200"),
                row(3, "02/04/2024", "04/16/2024", "3月9日", "45000"),
                row(4, "28/02/2024", "05/01/2024", "", "1.5"));
        DateHints h = DateHints.of(year(2024), sample, false);
        assertThat(h.columnOrders()).isEqualTo(Map.of(0, DateOrder.DAY_FIRST, 1, DateOrder.MONTH_FIRST));
        // the middle of the full dates; "3月5日" has no year and counts for nothing
        assertThat(h.anchor()).isEqualTo(LocalDate.of(2024, 3, 15));
        DateParser p = new DateParser(SAVED, false, DateOrder.UNKNOWN, h);
        assertThat(d(p.forColumn(0).parse("02/04/2024"))).isEqualTo("2024-04-02");
        assertThat(d(p.forColumn(1).parse("02/04/2024"))).isEqualTo("2024-02-04");
        assertThat(p.forColumn(2)).isSameAs(p);
        // a column whose values prove nothing is read in the sheet's order
        assertThat(p.parse("02/04/2024").problemKey()).isEqualTo("imports.problem.ambiguousDate");
    }

    @Test
    void whatReadsAsADate() {
        assertThat(List.of("2024-03-15", "3月15日", "9/24", "15/03/2024", "Mar 15, 2024", "2024/3/15 14:30"))
                .allSatisfy(t -> assertThat(DateParser.readsAsDate(RawCell.text(t))).as(t).isTrue());
        assertThat(DateParser.readsAsDate(RawCell.date(LocalDateTime.of(2024, 3, 15, 0, 0)))).isTrue();
        assertThat(List.of("45366", "1.5", "12,500.00", "Acme", "13800138000", "下周", ""))
                .allSatisfy(t -> assertThat(DateParser.readsAsDate(RawCell.text(t))).as(t).isFalse());
        assertThat(DateParser.readsAsDate(RawCell.number(45366))).isFalse();
    }
}
