package app.gendan.ui.notify;

import app.gendan.domain.SnoozeChoice;
import app.gendan.service.Reminder;
import app.gendan.ui.AppContext;
import app.gendan.ui.UiActions;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * What a reminder's buttons do. Steps are done and snoozed through the follow-up service (so
 * Today and the board move them too); alerts are snoozed and any reminder dismissed in the
 * notification log. All on background tasks; the screens reload afterwards.
 */
final class ReminderCommands {
    private final AppContext ctx;
    private final UiActions actions;

    ReminderCommands(AppContext ctx, UiActions actions) {
        this.ctx = ctx;
        this.actions = actions;
    }

    void open(Reminder r) {
        if (r.isStep()) {
            if (r.step().orderId() != null) {
                actions.openOrder(r.step().orderId());
            } else {
                actions.openCustomer(r.step().customerId());
            }
        } else {
            actions.openOrder(r.alert().orderId());
        }
    }

    void done(Reminder r) {
        if (r.isStep()) {
            write(() -> ctx.workspace().followUps().complete(r.step().followUpId(), r.step().version(), null));
        }
    }

    void snooze(Reminder r, SnoozeChoice choice) {
        var ws = ctx.workspace();
        Instant until = choice.until(ws.clock().instant(), ws.zone());
        if (r.isStep()) {
            write(() -> ws.followUps().snooze(r.step().followUpId(), r.step().version(), until));
        } else {
            var user = ctx.user();
            write(() -> {
                ws.reminders().snoozeAlert(user, r, until);
                return r;
            });
        }
    }

    /** Closed without acting: recorded, so the log says the user saw it and let it go. */
    void dismiss(Reminder r) {
        var user = ctx.user();
        ctx.tasks().run(() -> {
            ctx.workspace().reminders().dismiss(user, r);
            return r;
        }, done -> { }, ctx.errors()::show);
    }

    private void write(Callable<?> work) {
        ctx.tasks().run(work, done -> actions.dataChanged("followup"), e -> {
            ctx.errors().show(e);
            actions.dataChanged("followup");
        });
    }
}
