package app.gendan.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The quick due choices of the follow-up form. Days are counted from today in the user's zone,
 * not in UTC, so a rep logging a call late in the evening gets tomorrow's date, not the day after.
 */
public enum QuickDue {
    TOMORROW, IN_3_DAYS, NEXT_MONDAY, IN_A_WEEK;

    public LocalDate from(Instant now, ZoneId zone) {
        return from(now.atZone(zone).toLocalDate());
    }

    /** "Next Monday" is always after today: on a Monday it is a week later. */
    public LocalDate from(LocalDate today) {
        return switch (this) {
            case TOMORROW -> today.plusDays(1);
            case IN_3_DAYS -> today.plusDays(3);
            case NEXT_MONDAY -> today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            case IN_A_WEEK -> today.plusWeeks(1);
        };
    }
}
