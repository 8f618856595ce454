package app.gendan.ui.notify;

import app.gendan.service.Reminder;
import app.gendan.service.ReminderBatch;
import app.gendan.ui.AppContext;
import app.gendan.ui.UiActions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Takes the scheduler's batches (on the scheduler's thread), hops to the FX thread and shows
 * them as {@link NoticePlan} decides: the start-up summary, popups, and an OS notification when
 * the window is not in front.
 */
final class ReminderNotifier implements Consumer<ReminderBatch> {
    /** The screens the reminders lead to; replaced when the window is rebuilt in another language. */
    record Target(AppContext ctx, UiActions actions, Runnable openToday) {}

    private final Stage window;
    private final TrayNotifier tray;
    private volatile Target target;

    ReminderNotifier(Target target, Stage window, TrayNotifier tray) {
        this.target = target;
        this.window = window;
        this.tray = tray;
    }

    void attach(Target newTarget) { this.target = newTarget; }

    @Override
    public void accept(ReminderBatch batch) {
        Platform.runLater(() -> deliver(batch));
    }

    private void deliver(ReminderBatch batch) {
        Target t = target;
        NoticePlan plan = NoticePlan.of(batch, windowActive());
        ReminderPopups popups = new ReminderPopups(t.ctx(), new ReminderCommands(t.ctx(), t.actions()));
        if (!plan.summary().isEmpty()) {
            MissedSummaryDialog.show(t.ctx(), window, plan.summary(), t.openToday());
        }
        plan.popups().forEach(r -> popups.show(window, r));
        if (!plan.grouped().isEmpty()) {
            popups.showGrouped(window, plan.grouped(), t.openToday());
        }
        if (plan.osNotice()) {
            osNotice(t.ctx(), batch);
        }
        if (!plan.isEmpty()) {
            // a popup shown from a background hop is only painted at the next pulse, which an idle
            // window may not have until the user touches a key: ask for one now
            Platform.requestNextPulse();
            Platform.runLater(() -> ReminderPopups.keepInside(window));
        }
    }

    private boolean windowActive() {
        return window.isShowing() && window.isFocused() && !window.isIconified();
    }

    private void osNotice(AppContext ctx, ReminderBatch batch) {
        List<Reminder> all = new ArrayList<>(batch.missed());
        all.addAll(batch.fresh());
        if (all.size() == 1) {
            tray.show(ReminderTexts.title(ctx, all.get(0)), ReminderTexts.text(ctx, all.get(0)));
        } else {
            tray.show(ctx.text("notify.many.title", all.size()),
                    String.join("\n", all.stream().limit(NoticePlan.MAX_POPUPS).map(r -> ReminderTexts.title(ctx, r)).toList()));
        }
    }
}
