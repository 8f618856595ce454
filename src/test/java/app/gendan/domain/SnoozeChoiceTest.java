package app.gendan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SnoozeChoiceTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void oneHourIsSixtyMinutesFromNow() {
        Instant now = Instant.parse("2026-11-20T06:03:00Z");
        assertThat(SnoozeChoice.ONE_HOUR.until(now, SHANGHAI)).isEqualTo(Instant.parse("2026-11-20T07:03:00Z"));
    }

    @Test
    void tomorrowMorningIsNineOClockOfTheNextLocalDay() {
        Instant halfPastMidnight = Instant.parse("2026-11-20T16:30:00Z"); // 00:30 on the 21st in Shanghai
        assertThat(SnoozeChoice.TOMORROW_MORNING.until(halfPastMidnight, SHANGHAI))
                .isEqualTo(Instant.parse("2026-11-22T01:00:00Z")); // 09:00 on the 22nd in Shanghai
        Instant lateEvening = Instant.parse("2026-11-20T15:59:00Z"); // 23:59 on the 20th
        assertThat(SnoozeChoice.TOMORROW_MORNING.until(lateEvening, SHANGHAI))
                .isEqualTo(Instant.parse("2026-11-21T01:00:00Z"));
    }

    @Test
    void tomorrowMorningKeepsNineOClockAcrossAClockChange() {
        Instant saturdayEvening = Instant.parse("2026-03-08T04:00:00Z"); // 23:00 on Sat 7 March, EST
        // the clocks go forward that night, so 09:00 on Sunday is 13:00 UTC, not 14:00
        assertThat(SnoozeChoice.TOMORROW_MORNING.until(saturdayEvening, NEW_YORK))
                .isEqualTo(Instant.parse("2026-03-08T13:00:00Z"));
        assertThat(SnoozeChoice.morningOf(LocalDate.of(2026, 3, 7), NEW_YORK))
                .isEqualTo(Instant.parse("2026-03-07T14:00:00Z"));
    }
}
