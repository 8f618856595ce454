package app.gendan.ui.notify;

import app.gendan.service.ReminderScheduler;
import app.gendan.ui.AppContext;
import app.gendan.ui.MainView;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Reminders in the running app: the scheduler (started after sign-in, closed on exit, woken
 * when data changes) and what shows its batches on screen and in the system tray.
 */
public final class Reminders implements AutoCloseable {
    private final ReminderScheduler scheduler;
    private final ReminderNotifier notifier;
    private final TrayNotifier tray;
    private final Stage stage;

    private Reminders(AppContext ctx, MainView main, Stage stage) {
        this.stage = stage;
        this.tray = new TrayNotifier(ctx.text("app.title"), () -> Platform.runLater(this::toFront));
        this.notifier = new ReminderNotifier(target(ctx, main), stage, tray);
        var ws = ctx.workspace();
        this.scheduler = new ReminderScheduler(ws.reminders(), ws.users()::current, ws.clock(), notifier);
    }

    /** Wires reminders to the main window without starting the background thread (tests drive {@link #scheduler()}). */
    public static Reminders create(AppContext ctx, MainView main, Stage stage) {
        return new Reminders(ctx, main, stage);
    }

    /** Starts looking for due reminders on the scheduler's own thread. */
    public Reminders start() {
        scheduler.start();
        return this;
    }

    /** Points the reminders at a rebuilt main window (after a language switch). */
    public void attach(AppContext ctx, MainView main) {
        notifier.attach(target(ctx, main));
    }

    private ReminderNotifier.Target target(AppContext ctx, MainView main) {
        return new ReminderNotifier.Target(ctx, main, () -> {
            toFront();
            main.showToday();
        });
    }

    private void toFront() {
        stage.setIconified(false);
        stage.toFront();
    }

    /** Data changed here or at a colleague's: look again now. */
    public void wake() { scheduler.wake(); }

    public ReminderScheduler scheduler() { return scheduler; }

    @Override
    public void close() {
        scheduler.close();
        tray.close();
    }
}
