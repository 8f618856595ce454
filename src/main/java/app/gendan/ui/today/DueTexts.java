package app.gendan.ui.today;

import app.gendan.domain.AlertKind;
import app.gendan.domain.DueItem;
import app.gendan.domain.NextStep;
import app.gendan.domain.OrderAlert;
import app.gendan.ui.AppContext;

/** Due steps and order alerts in words and in the user's date format (shared by Today and the reminders). */
public final class DueTexts {
    private DueTexts() {}

    /** The due moment: date and time when the step has a time (or was snoozed to one), else the date. */
    public static String due(AppContext ctx, NextStep step) {
        boolean snoozed = step.snoozedUntil() != null && step.snoozedUntil().isAfter(step.dueAt());
        if (step.hasTime() || snoozed) {
            return ctx.formats().dateTime(step.effectiveDue());
        }
        return ctx.formats().date(step.effectiveDue().atZone(ctx.formats().zone()).toLocalDate());
    }

    /** The order number; empty for a step that belongs to the customer alone. */
    public static String order(DueItem item) {
        return item.orderNo() == null ? "" : item.orderNo();
    }

    /**
     * How long ago the step fell due: days, or for a timed step due earlier today hours and
     * minutes (it is overdue, so the column is never blank for it); "" when not yet due.
     */
    public static String daysOverdue(AppContext ctx, DueItem item) {
        if (item.daysOverdue() > 0) {
            return ctx.text("today.daysOverdue", item.daysOverdue());
        }
        if (item.group() != app.gendan.domain.DueGroup.OVERDUE) {
            return "";
        }
        long minutes = Math.max(1, java.time.Duration.between(item.step().effectiveDue(),
                ctx.workspace().clock().instant()).toMinutes());
        return minutes < 60 ? ctx.text("today.minutesOverdue", minutes) : ctx.text("today.hoursOverdue", minutes / 60);
    }

    public static String kind(AppContext ctx, AlertKind kind) {
        return ctx.text("today.alertKind." + kind.code());
    }

    /** Why the order needs attention, e.g. "Payment 12 days late". */
    public static String reason(AppContext ctx, OrderAlert alert) {
        return ctx.text("alert." + alert.kind().code(), alert.days());
    }
}
