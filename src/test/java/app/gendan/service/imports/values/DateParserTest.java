package app.gendan.service.imports.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path for ISO dates gives what the general path gives. */
class DateParserTest {
    private final DateParser[] parsers = {
        new DateParser(LocalDate.of(2024, 6, 1), false, DateOrder.UNKNOWN),
        new DateParser(LocalDate.of(2024, 6, 1), true, DateOrder.DAY_FIRST),
        new DateParser(LocalDate.of(1999, 12, 31), false, DateOrder.MONTH_FIRST),
    };

    private void same(String text) {
        for (DateParser p : parsers) {
            assertThat(p.parse(text)).as(text).isEqualTo(p.parseAnyShape(text));
        }
    }

    @Test
    void isoDatesOverSeveralYearsIncludingImpossibleDays() {
        for (int year : new int[] {0, 1, 999, 1900, 1950, 1999, 2000, 2023, 2024, 2025, 2100, 2199, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    same(String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day));
                }
            }
        }
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
            same(d.toString());
        }
        assertThat(parsers[0].parse("2024-02-29").value()).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
        assertThat(parsers[0].parse("2023-02-29").problemKey()).isEqualTo("imports.problem.badDate");
        assertThat(parsers[0].parse("2023-02-29").args()).containsExactly("2023-02-29");
    }

    @Test
    void textsThatOnlyLookLikeIsoDates() {
        for (String s : new String[] {"2024-01-0２", "２０２４-01-02", "2024-1-02 ", " 2024-01-02", "2024/01/02", "2024-01-2",
                "20240-1-02", "2024-01-021", "abcd-ef-gh", "2024-0a-02", "-024-01-02", "+024-01-02", "2024--1-02", "2024-01--2",
                "2024-01-02T10:00", "2024-01-02 ", "2024-01-02(周二)", "1e10-01-02", "        --"}) {
            same(s);
        }
        Random r = new Random(3);
        String chars = "0123456789-/.年月日 ０１２ｔtx:()+";
        for (int i = 0; i < 50_000; i++) {
            char[] c = new char[10];
            for (int j = 0; j < 10; j++) {
                c[j] = r.nextInt(4) > 0 ? (char) ('0' + r.nextInt(10)) : chars.charAt(r.nextInt(chars.length()));
            }
            if (r.nextInt(3) > 0) {
                c[4] = '-';
                c[7] = '-';
            }
            same(new String(c));
        }
    }
}
