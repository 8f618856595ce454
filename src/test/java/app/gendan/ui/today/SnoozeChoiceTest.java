package app.gendan.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SnoozeChoiceTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void anHourIsAnHourFromNow() {
        assertThat(SnoozeChoice.ONE_HOUR.until(Instant.parse("2026-11-23T15:30:00Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-11-23T16:30:00Z"));
    }

    @Test
    void tomorrowMorningIsNineOClockOfTheNextDayInTheUsersZone() {
        // 23:30 on Monday in Shanghai is still Monday there, though already Monday 15:30 in UTC
        assertThat(SnoozeChoice.TOMORROW_MORNING.until(Instant.parse("2026-11-23T15:30:00Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-11-24T01:00:00Z"));
        // 00:30 on Tuesday in Shanghai (Monday 16:30 UTC): tomorrow is Wednesday
        assertThat(SnoozeChoice.TOMORROW_MORNING.until(Instant.parse("2026-11-23T16:30:00Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-11-25T01:00:00Z"));
    }

    @Test
    void aChosenDayMeansItsMorning() {
        assertThat(SnoozeChoice.morningOf(LocalDate.of(2026, 12, 1), SHANGHAI)).isEqualTo(Instant.parse("2026-12-01T01:00:00Z"));
    }
}
