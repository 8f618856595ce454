package app.gendan.ui.notify;

import app.gendan.domain.SnoozeChoice;
import app.gendan.service.Reminder;
import app.gendan.ui.AppContext;
import app.gendan.ui.UiActions;
import app.gendan.ui.followup.StepCommands;
import app.gendan.ui.followup.StepRef;
import java.time.Instant;

/**
 * What a reminder's buttons do. Steps are done and snoozed through the step commands every
 * screen uses (so Today and the board move them too); alerts are snoozed and any reminder
 * dismissed in the notification log. All on background tasks; the screens reload afterwards.
 */
final class ReminderCommands {
    private final AppContext ctx;
    private final UiActions actions;
    private final StepCommands steps;

    ReminderCommands(AppContext ctx, UiActions actions) {
        this.ctx = ctx;
        this.actions = actions;
        this.steps = new StepCommands(ctx, () -> actions.dataChanged("followup"));
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
            steps.done(StepRef.of(r.step()));
        }
    }

    void snooze(Reminder r, SnoozeChoice choice) {
        if (r.isStep()) {
            steps.snooze(StepRef.of(r.step()), choice);
            return;
        }
        Instant until = steps.until(choice);
        var user = ctx.user();
        ctx.tasks().run(() -> {
            ctx.workspace().reminders().snoozeAlert(user, r, until);
            return r;
        }, done -> actions.dataChanged("followup"), e -> {
            ctx.errors().show(e);
            actions.dataChanged("followup");
        });
    }

    /** Closed without acting: recorded, so the log says the user saw it and let it go. */
    void dismiss(Reminder r) {
        var user = ctx.user();
        ctx.tasks().run(() -> {
            ctx.workspace().reminders().dismiss(user, r);
            return r;
        }, done -> { }, ctx.errors()::show);
    }
}
