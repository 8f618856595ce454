package app.gendan.domain.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final Map<String, Instant> backups = new LinkedHashMap<>();

    private void at(String day, String time) {
        backups.put(day + " " + time, LocalDate.parse(day).atTime(LocalTime.parse(time)).atZone(SHANGHAI).toInstant());
    }

    @Test
    void fewBackupsAreAllKeptButOnlyTheNewestOfADay() {
        at("2026-11-02", "09:00");
        at("2026-11-02", "18:30");
        at("2026-11-04", "09:00");
        assertThat(Retention.keep(backups, SHANGHAI)).containsExactlyInAnyOrder("2026-11-02 18:30", "2026-11-04 09:00");
    }

    @Test
    void sevenDaysWithABackupThenOnePerIsoWeekForFourWeeks() {
        // every day from Monday 2026-10-05 to Sunday 2026-12-06, twice on the days of the first week
        for (LocalDate d = LocalDate.of(2026, 10, 5); !d.isAfter(LocalDate.of(2026, 12, 6)); d = d.plusDays(1)) {
            at(d.toString(), "09:00");
            if (d.isBefore(LocalDate.of(2026, 10, 12))) {
                at(d.toString(), "18:00");
            }
        }
        assertThat(Retention.keep(backups, SHANGHAI)).containsExactlyInAnyOrder(
                "2026-12-06 09:00", "2026-12-05 09:00", "2026-12-04 09:00", "2026-12-03 09:00", "2026-12-02 09:00",
                "2026-12-01 09:00", "2026-11-30 09:00",
                // the Sundays of the four ISO weeks before the week of the dailies
                "2026-11-29 09:00", "2026-11-22 09:00", "2026-11-15 09:00", "2026-11-08 09:00");
    }

    @Test
    void daysWithoutABackupDoNotCountAndAWeekPartlyCoveredByDailiesGetsNoWeekly() {
        // a rep who works Monday to Wednesday: the dailies reach back into older weeks
        for (LocalDate d = LocalDate.of(2026, 11, 2); !d.isAfter(LocalDate.of(2026, 12, 2)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 3) {
                at(d.toString(), "17:00");
            }
        }
        assertThat(Retention.keep(backups, SHANGHAI)).containsExactlyInAnyOrder(
                "2026-12-02 17:00", "2026-12-01 17:00", "2026-11-30 17:00", "2026-11-25 17:00", "2026-11-24 17:00",
                "2026-11-23 17:00", "2026-11-18 17:00",
                // the week of 11-16 is the oldest daily's; 11-11 and 11-04 are the newest of the two weeks before
                "2026-11-11 17:00", "2026-11-04 17:00");
    }

    @Test
    void daysAreTheZonesDays() {
        at("2026-11-02", "23:30");
        at("2026-11-03", "00:30");
        assertThat(Retention.keep(backups, SHANGHAI)).hasSize(2);
        assertThat(Retention.keep(backups, ZoneId.of("UTC"))).containsExactly("2026-11-03 00:30");
    }
}
