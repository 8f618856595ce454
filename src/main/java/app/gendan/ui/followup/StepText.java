package app.gendan.ui.followup;

import app.gendan.domain.NextStep;
import app.gendan.ui.AppContext;

/** A next step in words, in the user's locale: its action and when it wants attention. */
public final class StepText {
    private StepText() {}

    /**
     * When the step is due: the date for a date-only step, date and time for a timed one; a
     * snoozed step shows when its snooze ends.
     */
    public static String due(AppContext ctx, NextStep step) {
        boolean snoozed = step.snoozedUntil() != null && step.snoozedUntil().isAfter(step.dueAt());
        if (snoozed) {
            return ctx.text("followup.step.snoozed", ctx.formats().dateTime(step.snoozedUntil()));
        }
        return step.hasTime() ? ctx.formats().dateTime(step.dueAt())
                : ctx.formats().date(step.dueAt().atZone(ctx.formats().zone()).toLocalDate());
    }

    /** "Send the quotation · Nov 21, 2026". */
    public static String line(AppContext ctx, NextStep step) {
        return ctx.text("followup.step.line", step.action(), due(ctx, step));
    }
}
