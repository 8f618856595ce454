package app.gendan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Due and overdue, in the user's zone. A step with a time is overdue once that moment has
 * passed; a step with only a date is due all that day and overdue from the next day on.
 * A snoozed step counts from the end of its snooze, as a timed step.
 */
public final class DueRules {
    private DueRules() {}

    public static DueGroup group(NextStep step, Instant now, ZoneId zone, int upcomingDays) {
        LocalDate today = now.atZone(zone).toLocalDate();
        boolean snoozed = step.snoozedUntil() != null && step.snoozedUntil().isAfter(step.dueAt());
        Instant due = step.effectiveDue();
        LocalDate dueDate = due.atZone(zone).toLocalDate();
        boolean timed = step.hasTime() || snoozed;
        boolean overdue = timed ? due.isBefore(now) : dueDate.isBefore(today);
        if (overdue) {
            return DueGroup.OVERDUE;
        }
        if (dueDate.equals(today)) {
            return DueGroup.TODAY;
        }
        return dueDate.isAfter(today.plusDays(upcomingDays)) ? DueGroup.LATER : DueGroup.UPCOMING;
    }

    /** Whole calendar days past the due date (0 when not overdue or overdue since today). */
    public static long daysOverdue(NextStep step, Instant now, ZoneId zone) {
        long days = ChronoUnit.DAYS.between(step.effectiveDue().atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate());
        return Math.max(0, days);
    }

    /** The moment a reminder for this step should fire, given a lead time for timed steps. */
    public static Instant remindAt(NextStep step, java.time.Duration leadTime) {
        if (step.snoozedUntil() != null && step.snoozedUntil().isAfter(step.dueAt())) {
            return step.snoozedUntil();
        }
        if (step.hasTime()) {
            return step.dueAt().minus(leadTime);
        }
        return step.dueAt(); // a date-only step is stored at the start of its day in the user's zone
    }
}
