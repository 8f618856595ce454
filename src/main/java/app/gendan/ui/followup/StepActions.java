package app.gendan.ui.followup;

import app.gendan.domain.SnoozeChoice;
import app.gendan.domain.StaleEditException;
import app.gendan.domain.User;
import app.gendan.ui.AppContext;
import java.time.Instant;
import java.util.concurrent.Callable;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/**
 * What can be done to a due step from any list that shows one (a timeline, Today): mark it
 * done, snooze it, give it to a colleague. Each runs its write in the background and calls
 * {@code onDone} on the FX thread afterwards, also after a colleague's newer save was reported,
 * so the caller simply reloads.
 */
public final class StepActions {
    private StepActions() {}

    /** Marks the step done without logging an outcome (use {@link FollowUpDialog#complete} to log one). */
    public static void done(AppContext ctx, StepRef step, Runnable onDone) {
        write(ctx, () -> ctx.workspace().followUps().complete(step.followUpId(), step.version(), null), onDone);
    }

    /** Snoozes the step until {@code until}. */
    public static void snooze(AppContext ctx, StepRef step, Instant until, Runnable onDone) {
        write(ctx, () -> ctx.workspace().followUps().snooze(step.followUpId(), step.version(), until), onDone);
    }

    /**
     * The snooze choices as a menu: in 1 hour, tomorrow morning 09:00, a chosen date. The
     * items have mnemonics (1, T, C) and are reached with the arrow keys.
     */
    public static ContextMenu snoozeMenu(AppContext ctx, StepRef step, Runnable onDone) {
        MenuItem hour = item("snoozeOneHour", ctx.text("followup.snooze.oneHour"), () ->
                snooze(ctx, step, SnoozeChoice.ONE_HOUR.until(now(ctx), ctx.formats().zone()), onDone));
        MenuItem morning = item("snoozeTomorrow", ctx.text("followup.snooze.tomorrow"), () ->
                snooze(ctx, step, SnoozeChoice.TOMORROW_MORNING.until(now(ctx), ctx.formats().zone()), onDone));
        ContextMenu menu = new ContextMenu(hour, morning);
        MenuItem choose = item("snoozeChoose", ctx.text("followup.snooze.choose"), () ->
                SnoozeDateDialog.ask(ctx, menu.getOwnerWindow(), until -> snooze(ctx, step, until, onDone)));
        menu.getItems().add(choose);
        return menu;
    }

    /** Shows the snooze menu under {@code anchor}; arrow keys and Enter (or the mnemonics) pick a choice. */
    public static void showSnoozeMenu(AppContext ctx, Node anchor, StepRef step, Runnable onDone) {
        snoozeMenu(ctx, step, onDone).show(anchor, Side.BOTTOM, 0, 0);
    }

    /** Asks for the colleague who takes the step over, then reassigns it. */
    public static void reassign(AppContext ctx, Window owner, StepRef step, Runnable onDone) {
        ctx.tasks().run(() -> ctx.workspace().users().all(), users -> ReassignDialog.ask(ctx, owner, users,
                step.step().ownerId(), (User u) -> {
                    if (u.id() != step.step().ownerId()) {
                        write(ctx, () -> ctx.workspace().followUps().reassign(step.followUpId(), step.version(), u.id()),
                                onDone);
                    }
                }), ctx.errors()::show);
    }

    private static void write(AppContext ctx, Callable<?> work, Runnable onDone) {
        ctx.tasks().run(work, done -> onDone.run(), e -> {
            ctx.errors().show(e);
            if (e instanceof StaleEditException) {
                onDone.run();
            }
        });
    }

    private static Instant now(AppContext ctx) {
        return ctx.workspace().clock().instant();
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(true);
        item.setOnAction(e -> action.run());
        return item;
    }
}
