package app.gendan.ui.notify;

import app.gendan.domain.SnoozeChoice;
import app.gendan.service.Reminder;
import app.gendan.ui.AppContext;
import java.util.List;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * In-app reminder popups (ControlsFX Notifications) in the corner of the main window. They stay
 * until acted on: Open, Done, Snooze 1 h, or the close button, which records a dismissal.
 * ControlsFX leaves its popups open after an action runs, so each action closes its popup
 * through the popup's own close button (which also lets ControlsFX restack the others).
 */
final class ReminderPopups {
    static final String STYLE = "gendan-reminder";

    private final AppContext ctx;
    private final ReminderCommands commands;

    ReminderPopups(AppContext ctx, ReminderCommands commands) {
        this.ctx = ctx;
        this.commands = commands;
    }

    void show(Window owner, Reminder r) {
        FontIcon graphic = new FontIcon(r.isStep() ? "mdi2b-bell-ring-outline" : "mdi2a-alert-outline");
        graphic.setIconSize(28);
        Popup popup = new Popup(graphic);
        List<Action> buttons = new java.util.ArrayList<>();
        buttons.add(popup.action("notify.action.open", "reminder-open", () -> commands.open(r)));
        if (r.isStep()) {
            buttons.add(popup.action("notify.action.done", "reminder-done", () -> commands.done(r)));
        }
        buttons.add(popup.action("notify.action.snooze", "reminder-snooze", () -> commands.snooze(r, SnoozeChoice.ONE_HOUR)));
        Notifications.create().owner(owner).position(Pos.BOTTOM_RIGHT).hideAfter(Duration.INDEFINITE)
                .styleClass(STYLE).graphic(graphic)
                .title(ReminderTexts.title(ctx, r)).text(ReminderTexts.text(ctx, r))
                .action(buttons.toArray(Action[]::new))
                .show();
        popup.onClosedByUser(() -> commands.dismiss(r));
    }

    /** Many reminders at once: one popup that leads to Today. */
    void showGrouped(Window owner, List<Reminder> reminders, Runnable openToday) {
        FontIcon graphic = new FontIcon("mdi2b-bell-ring-outline");
        graphic.setIconSize(28);
        Popup popup = new Popup(graphic);
        String lines = String.join("\n", reminders.stream().limit(NoticePlan.MAX_POPUPS)
                .map(r -> ReminderTexts.title(ctx, r)).toList());
        Notifications.create().owner(owner).position(Pos.BOTTOM_RIGHT).hideAfter(Duration.INDEFINITE)
                .styleClass(STYLE).graphic(graphic)
                .title(ctx.text("notify.many.title", reminders.size()))
                .text(reminders.size() > NoticePlan.MAX_POPUPS ? lines + "\n…" : lines)
                .action(popup.action("notify.action.today", "reminder-today", openToday))
                .show();
    }

    /**
     * ControlsFX places a popup from its width before its text is laid out, so a long one can
     * hang past the window's right edge: move every reminder popup back inside the window.
     */
    static void keepInside(Window owner) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        double right = owner.getX() + owner.getWidth();
        double bottom = owner.getY() + owner.getHeight();
        for (Window w : Window.getWindows()) {
            if (w == owner || !w.isShowing() || w.getScene() == null
                    || w.getScene().getRoot().lookup("." + STYLE) == null) {
                continue;
            }
            if (w.getX() + w.getWidth() > right) {
                w.setX(Math.max(owner.getX(), right - w.getWidth()));
            }
            if (w.getY() + w.getHeight() > bottom) {
                w.setY(Math.max(owner.getY(), bottom - w.getHeight()));
            }
        }
    }

    /** One shown popup, found through its graphic once ControlsFX has put it on screen. */
    private final class Popup {
        private final Node graphic;
        private boolean acted;

        Popup(Node graphic) {
            this.graphic = graphic;
        }

        Action action(String key, String styleClass, Runnable run) {
            Action a = new Action(ctx.text(key), (Consumer<ActionEvent>) e -> {
                acted = true;
                close();
                run.run();
            });
            a.getStyleClass().add(styleClass);
            return a;
        }

        private Button closeButton() {
            Scene scene = graphic.getScene();
            return scene == null ? null : (Button) scene.getRoot().lookup(".close-button");
        }

        void close() {
            Button close = closeButton();
            if (close != null) {
                close.fire();
            } else if (graphic.getScene() != null && graphic.getScene().getWindow() != null) {
                graphic.getScene().getWindow().hide();
            }
        }

        /** Runs when the user closes the popup without using any of its actions. */
        void onClosedByUser(Runnable dismissed) {
            Button close = closeButton();
            if (close != null) {
                close.addEventHandler(ActionEvent.ACTION, e -> {
                    if (!acted) {
                        acted = true;
                        dismissed.run();
                    }
                });
            }
        }
    }
}
