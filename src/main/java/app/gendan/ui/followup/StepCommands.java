package app.gendan.ui.followup;

import app.gendan.domain.SnoozeChoice;
import app.gendan.domain.StaleEditException;
import app.gendan.domain.User;
import app.gendan.ui.AppContext;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/**
 * Done, snooze and reassign for one due step, wherever the step is shown: Today, a follow-up
 * timeline, a reminder popup. Every write runs on a background task through the follow-up
 * service (which checks the version and writes the audit entry); a failure is told in the
 * user's language through the error dialogs. {@code afterWrite} runs on the FX thread once the
 * step was written, and also after a colleague's newer save was reported, so the caller simply
 * reloads what it shows.
 *
 * <p>"Now" and the time zone of every snooze come from the workspace's clock, as everywhere
 * else the screens speak of today.
 */
public final class StepCommands {
    private final AppContext ctx;
    private final Runnable afterWrite;

    /** @param afterWrite runs on the FX thread after a write (or a stale-edit report): the caller reloads */
    public StepCommands(AppContext ctx, Runnable afterWrite) {
        this.ctx = ctx;
        this.afterWrite = afterWrite;
    }

    /** Marks the step done without logging an outcome (use {@link FollowUpDialog#complete} to log one). */
    public void done(StepRef step) {
        write(() -> ctx.workspace().followUps().complete(step.followUpId(), step.version(), null));
    }

    /** Snoozes the step until {@code until}. */
    public void snooze(StepRef step, Instant until) {
        write(() -> ctx.workspace().followUps().snooze(step.followUpId(), step.version(), until));
    }

    /** Snoozes the step for one of the quick choices, counted from the workspace's clock. */
    public void snooze(StepRef step, SnoozeChoice choice) {
        snooze(step, until(choice));
    }

    /** Gives the step to another user; nothing is written when it already is theirs. */
    public void reassign(StepRef step, long ownerId) {
        if (ownerId != step.step().ownerId()) {
            write(() -> ctx.workspace().followUps().reassign(step.followUpId(), step.version(), ownerId));
        }
    }

    /** Asks for the colleague who takes the step over, then reassigns it. */
    public void askReassign(Window owner, StepRef step) {
        ctx.tasks().run(() -> ctx.workspace().users().all(), users -> ReassignDialog.ask(ctx, owner, users,
                step.step().ownerId(), (User u) -> reassign(step, u.id())), ctx.errors()::show);
    }

    /** Asks for the day and time the step comes back, then snoozes it. */
    public void askSnoozeDate(Window owner, StepRef step) {
        SnoozeDateDialog.ask(ctx, owner, clock(), until -> snooze(step, until));
    }

    /** When a quick choice ends, from now on the workspace's clock, in its zone. */
    public Instant until(SnoozeChoice choice) {
        Clock clock = clock();
        return choice.until(clock.instant(), clock.getZone());
    }

    /** The clock (and with it the zone) every snooze is counted in. */
    public Clock clock() {
        return ctx.workspace().clock();
    }

    /**
     * The snooze choices as a menu: in 1 hour, tomorrow morning 09:00, a chosen day and time.
     * The first choice takes the keyboard when the menu opens (so S, Enter snoozes for an hour);
     * the arrow keys or the mnemonics (1, T, C) reach the others.
     *
     * @param step the step when a choice is made; null does nothing
     * @param owner the window the date dialog belongs to (may give null)
     */
    public ContextMenu snoozeMenu(Supplier<StepRef> step, Supplier<Window> owner) {
        ContextMenu menu = new ContextMenu(snoozeItems("snooze", step, owner));
        menu.setId("snoozeMenu");
        menu.setOnShown(e -> Platform.runLater(() -> {
            if (menu.getSkin() != null) {
                Node first = menu.getSkin().getNode().lookup(".menu-item");
                if (first != null) {
                    first.requestFocus();
                }
            }
        }));
        return menu;
    }

    /** The snooze choices as menu items with ids {@code idPrefix} + Hour, Tomorrow, Date (for a submenu). */
    public MenuItem[] snoozeItems(String idPrefix, Supplier<StepRef> step, Supplier<Window> owner) {
        return new MenuItem[] {
            item(idPrefix + "Hour", "followup.snooze.oneHour", step, s -> snooze(s, SnoozeChoice.ONE_HOUR)),
            item(idPrefix + "Tomorrow", "followup.snooze.tomorrow", step, s -> snooze(s, SnoozeChoice.TOMORROW_MORNING)),
            // the dialog opens once the menu has closed, so it takes the keyboard
            item(idPrefix + "Date", "followup.snooze.choose", step,
                    s -> Platform.runLater(() -> askSnoozeDate(owner.get(), s)))};
    }

    private MenuItem item(String id, String key, Supplier<StepRef> step, java.util.function.Consumer<StepRef> action) {
        MenuItem item = new MenuItem(ctx.text(key));
        item.setId(id);
        item.setMnemonicParsing(true);
        item.setOnAction(e -> {
            StepRef s = step.get();
            if (s != null) {
                action.accept(s);
            }
        });
        return item;
    }

    private void write(Callable<?> work) {
        ctx.tasks().run(work, done -> afterWrite.run(), e -> {
            ctx.errors().show(e);
            if (e instanceof StaleEditException) {
                afterWrite.run();
            }
        });
    }
}
