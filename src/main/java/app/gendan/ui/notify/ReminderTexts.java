package app.gendan.ui.notify;

import app.gendan.domain.DueItem;
import app.gendan.domain.OrderAlert;
import app.gendan.service.Reminder;
import app.gendan.ui.AppContext;
import app.gendan.ui.today.DueTexts;

/** A reminder's title and one-line text, in the user's language. */
final class ReminderTexts {
    private ReminderTexts() {}

    static String title(AppContext ctx, Reminder r) {
        if (r.isStep()) {
            return ctx.text("notify.step.title", r.step().step().action());
        }
        OrderAlert a = r.alert();
        return ctx.text("notify.alert.title", DueTexts.kind(ctx, a.kind()), a.orderNo());
    }

    static String text(AppContext ctx, Reminder r) {
        if (r.isStep()) {
            DueItem i = r.step();
            String who = i.orderNo() == null ? i.customerName() : i.customerName() + " · " + i.orderNo();
            return ctx.text("notify.step.text", who, DueTexts.due(ctx, i.step()));
        }
        OrderAlert a = r.alert();
        return ctx.text("notify.alert.text", a.customerName(), DueTexts.reason(ctx, a));
    }

    /** One line for lists: title — text. */
    static String line(AppContext ctx, Reminder r) {
        return title(ctx, r) + " — " + text(ctx, r);
    }
}
