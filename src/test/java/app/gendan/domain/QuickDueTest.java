package app.gendan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuickDueTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void daysCountFromTodayInTheUsersZoneNotInUtc() {
        Instant halfPastMidnightSaturday = Instant.parse("2026-11-20T16:30:00Z"); // 00:30 on Sat 21 in Shanghai
        assertThat(QuickDue.TOMORROW.from(halfPastMidnightSaturday, SHANGHAI)).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(QuickDue.TOMORROW.from(halfPastMidnightSaturday, ZoneId.of("UTC"))).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(QuickDue.IN_3_DAYS.from(halfPastMidnightSaturday, SHANGHAI)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(QuickDue.IN_A_WEEK.from(halfPastMidnightSaturday, SHANGHAI)).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void nextMondayIsAlwaysAfterToday() {
        assertThat(QuickDue.NEXT_MONDAY.from(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 23)); // Friday
        assertThat(QuickDue.NEXT_MONDAY.from(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 23)); // Sunday
        assertThat(QuickDue.NEXT_MONDAY.from(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 30)); // Monday
    }

    @Test
    void theLastSecondOfSundayAndTheFirstOfMondayGiveDifferentMondays() {
        Instant sundayNight = Instant.parse("2026-11-22T15:59:59Z"); // 23:59:59 Sunday in Shanghai
        Instant mondayStart = Instant.parse("2026-11-22T16:00:00Z"); // 00:00 Monday in Shanghai
        assertThat(QuickDue.NEXT_MONDAY.from(sundayNight, SHANGHAI)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(QuickDue.NEXT_MONDAY.from(mondayStart, SHANGHAI)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void choicesRollOverMonthAndYearEnds() {
        LocalDate lastOfYear = LocalDate.of(2026, 12, 31);
        assertThat(QuickDue.TOMORROW.from(lastOfYear)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(QuickDue.IN_3_DAYS.from(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(QuickDue.IN_A_WEEK.from(lastOfYear)).isEqualTo(LocalDate.of(2027, 1, 7));
    }
}
