package app.gendan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DueRulesTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static NextStep dateOnly(LocalDate d, ZoneId zone) {
        return new NextStep("回访", d.atStartOfDay(zone).toInstant(), false, 1, null, null);
    }

    private static NextStep timed(String iso) {
        return new NextStep("回访", Instant.parse(iso), true, 1, null, null);
    }

    @Test
    void aDateOnlyStepIsDueAllDayAndOverdueFromTheNextDay() {
        NextStep step = dateOnly(LocalDate.of(2026, 11, 21), SHANGHAI);
        // 23:59 on the 21st in Shanghai
        assertThat(DueRules.group(step, Instant.parse("2026-11-21T15:59:00Z"), SHANGHAI, 7)).isEqualTo(DueGroup.TODAY);
        // 00:01 on the 22nd in Shanghai
        assertThat(DueRules.group(step, Instant.parse("2026-11-21T16:01:00Z"), SHANGHAI, 7)).isEqualTo(DueGroup.OVERDUE);
        assertThat(DueRules.daysOverdue(step, Instant.parse("2026-11-24T01:00:00Z"), SHANGHAI)).isEqualTo(3);
    }

    @Test
    void aTimedStepIsOverdueTheMinuteAfterItsTime() {
        NextStep step = timed("2026-11-21T02:00:00Z"); // 10:00 in Shanghai
        assertThat(DueRules.group(step, Instant.parse("2026-11-21T01:59:00Z"), SHANGHAI, 7)).isEqualTo(DueGroup.TODAY);
        assertThat(DueRules.group(step, Instant.parse("2026-11-21T02:01:00Z"), SHANGHAI, 7)).isEqualTo(DueGroup.OVERDUE);
        assertThat(DueRules.daysOverdue(step, Instant.parse("2026-11-21T02:01:00Z"), SHANGHAI)).isZero();
    }

    @Test
    void theSameMomentIsADifferentDayInAnotherZone() {
        NextStep step = timed("2026-11-21T03:00:00Z"); // 11:00 on the 21st in Shanghai, 22:00 on the 20th in New York
        Instant now = Instant.parse("2026-11-20T16:30:00Z"); // 00:30 on the 21st in Shanghai, 11:30 on the 20th in NY
        assertThat(DueRules.group(step, now, SHANGHAI, 7)).isEqualTo(DueGroup.TODAY);
        assertThat(DueRules.group(step, now, NEW_YORK, 7)).isEqualTo(DueGroup.TODAY);
        Instant nyNextMorning = Instant.parse("2026-11-21T14:00:00Z");
        assertThat(DueRules.group(step, nyNextMorning, NEW_YORK, 7)).isEqualTo(DueGroup.OVERDUE);
    }

    @Test
    void upcomingIsWithinTheWindowAndLaterBeyondIt() {
        Instant now = Instant.parse("2026-11-20T02:00:00Z");
        assertThat(DueRules.group(dateOnly(LocalDate.of(2026, 11, 27), SHANGHAI), now, SHANGHAI, 7)).isEqualTo(DueGroup.UPCOMING);
        assertThat(DueRules.group(dateOnly(LocalDate.of(2026, 11, 28), SHANGHAI), now, SHANGHAI, 7)).isEqualTo(DueGroup.LATER);
    }

    @Test
    void aSnoozedStepComesBackAtTheEndOfItsSnooze() {
        NextStep overdue = new NextStep("回访", Instant.parse("2026-11-19T02:00:00Z"), true, 1, null,
                Instant.parse("2026-11-20T03:00:00Z"));
        assertThat(DueRules.group(overdue, Instant.parse("2026-11-20T02:00:00Z"), SHANGHAI, 7)).isEqualTo(DueGroup.TODAY);
        assertThat(DueRules.group(overdue, Instant.parse("2026-11-20T03:01:00Z"), SHANGHAI, 7)).isEqualTo(DueGroup.OVERDUE);
        assertThat(DueRules.remindAt(overdue, Duration.ofMinutes(15))).isEqualTo(Instant.parse("2026-11-20T03:00:00Z"));
    }

    @Test
    void remindersComeTheLeadTimeBeforeATimedStepAndAtTheStartOfADateOnlyDay() {
        assertThat(DueRules.remindAt(timed("2026-11-21T02:00:00Z"), Duration.ofMinutes(15)))
                .isEqualTo(Instant.parse("2026-11-21T01:45:00Z"));
        assertThat(DueRules.remindAt(dateOnly(LocalDate.of(2026, 11, 21), SHANGHAI), Duration.ofMinutes(15)))
                .isEqualTo(Instant.parse("2026-11-20T16:00:00Z"));
    }
}
