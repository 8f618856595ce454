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

    public static String daysOverdue(AppContext ctx, DueItem item) {
        return item.daysOverdue() > 0 ? ctx.text("today.daysOverdue", item.daysOverdue()) : "";
    }

    public static String kind(AppContext ctx, AlertKind kind) {
        return ctx.text("today.alertKind." + kind.code());
    }

    /** Why the order needs attention, e.g. "Payment 12 days late". */
    public static String reason(AppContext ctx, OrderAlert alert) {
        return ctx.text("alert." + alert.kind().code(), alert.days());
    }
}
