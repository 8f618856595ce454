package app.gendan.ui.followup;

import app.gendan.domain.FollowUp;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.SnoozeChoice;
import app.gendan.domain.TimelineOrder;
import app.gendan.domain.User;
import app.gendan.ui.AppContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The follow-up timeline's state: whose follow-ups (an order's, or a customer's with those of
 * its orders), the follow-ups in timeline order (open next steps on top, then newest first), the
 * names the cells show and the selected follow-up. Loads on background tasks, only the newest
 * answer is shown; done / snooze / reassign go through {@link StepCommands}, and after anything
 * was written the timeline reloads and its owner is told.
 */
public final class FollowUpTimelineViewModel {
    private final AppContext ctx;
    private final Runnable onChanged;
    private final StepCommands steps;
    private final ObservableList<FollowUp> followUps = FXCollections.observableArrayList();
    private final ObjectProperty<FollowUp> selected = new SimpleObjectProperty<>();
    private final BooleanProperty selectedHasOpenStep = new SimpleBooleanProperty();
    private final ObjectProperty<Long> customerId = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> orderId = new SimpleObjectProperty<>();
    private final BooleanProperty canLog = new SimpleBooleanProperty();
    private final ObjectProperty<Map<Long, String>> userNames = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<Map<Long, String>> orderNos = new SimpleObjectProperty<>(Map.of());
    private final IntegerProperty loads = new SimpleIntegerProperty();
    private long generation;

    private record Loaded(List<FollowUp> followUps, Map<Long, String> users, Map<Long, String> orderNos) {}

    /** @param onChanged runs after anything in the timeline was saved (the board and history reload) */
    public FollowUpTimelineViewModel(AppContext ctx, Runnable onChanged) {
        this.ctx = ctx;
        this.onChanged = onChanged;
        this.steps = new StepCommands(ctx, this::saved);
        selected.addListener((o, a, f) -> selectedHasOpenStep.set(f != null && TimelineOrder.hasOpenStep(f)));
        customerId.addListener((o, a, b) -> canLog.set(b != null));
    }

    /** Shows the follow-ups of one order. */
    public void showOrder(long customerId, long orderId) {
        this.customerId.set(customerId);
        this.orderId.set(orderId);
        reload();
    }

    /** Shows every follow-up of a customer, those of its orders included. */
    public void showCustomer(long customerId) {
        this.customerId.set(customerId);
        this.orderId.set(null);
        reload();
    }

    /** Shows nothing (a customer not saved yet). */
    public void clear() {
        customerId.set(null);
        orderId.set(null);
        generation++;
        followUps.clear();
        selected.set(null);
    }

    /** Loads the follow-ups again, keeping the selected one selected when it is still there. */
    public void reload() {
        Long cid = customerId.get();
        if (cid == null) {
            return;
        }
        long g = ++generation;
        Long oid = orderId.get();
        var ws = ctx.workspace();
        ctx.tasks().run(() -> new Loaded(oid == null ? ws.followUps().ofCustomer(cid) : ws.followUps().ofOrder(oid),
                ws.users().all().stream().collect(Collectors.toMap(User::id, User::displayName)),
                oid == null ? ws.customers().orders(cid).stream().collect(Collectors.toMap(SalesOrder::id,
                        SalesOrder::orderNo)) : Map.of()), l -> {
            if (g == generation) {
                apply(l);
            }
        }, e -> {
            if (g == generation) {
                ctx.errors().show(e);
            }
        });
    }

    private void apply(Loaded l) {
        userNames.set(l.users());
        orderNos.set(l.orderNos());
        FollowUp was = selected.get();
        followUps.setAll(TimelineOrder.arrange(l.followUps()));
        selected.set(was == null ? null
                : followUps.stream().filter(f -> f.id() == was.id()).findFirst().orElse(null));
        loads.set(loads.get() + 1);
    }

    /** Something in the timeline was saved (here or in a dialog opened from it): reload, and tell the owner. */
    public void saved() {
        reload();
        onChanged.run();
    }

    /** Done, snooze and reassign for the timeline's steps (for the menus and dialogs of the view). */
    public StepCommands steps() { return steps; }

    /** Marks the follow-up's next step done without an outcome. */
    public void done(FollowUp f) {
        steps.done(StepRef.of(f));
    }

    /** Snoozes the follow-up's next step for one of the quick choices. */
    public void snooze(FollowUp f, SnoozeChoice choice) {
        steps.snooze(StepRef.of(f), choice);
    }

    /** Snoozes the follow-up's next step until {@code until}. */
    public void snooze(FollowUp f, Instant until) {
        steps.snooze(StepRef.of(f), until);
    }

    /** Gives the follow-up's next step to another user. */
    public void reassign(FollowUp f, long ownerId) {
        steps.reassign(StepRef.of(f), ownerId);
    }

    /** Deletes the follow-up (the view asks first); a colleague's newer save is reported and the list reloads. */
    public void delete(FollowUp f) {
        ctx.tasks().run(() -> {
            ctx.workspace().followUps().delete(f.id(), f.version());
            return f.id();
        }, id -> saved(), e -> {
            ctx.errors().show(e);
            reload();
        });
    }

    /** The follow-ups shown, in timeline order. */
    public ObservableList<FollowUp> followUps() { return followUps; }

    /** The follow-up the user works on; the view keeps it in step with the list's selection. */
    public ObjectProperty<FollowUp> selectedProperty() { return selected; }

    /** True when the selected follow-up has a next step still open (done, snooze, reassign apply). */
    public ReadOnlyBooleanProperty selectedHasOpenStepProperty() { return selectedHasOpenStep; }

    /** The customer shown; null when nothing is. */
    public ReadOnlyObjectProperty<Long> customerIdProperty() { return customerId; }

    /** The order shown; null when the whole customer is. */
    public ReadOnlyObjectProperty<Long> orderIdProperty() { return orderId; }

    /** True when a follow-up can be logged (a customer is shown). */
    public ReadOnlyBooleanProperty canLogProperty() { return canLog; }

    /** The users' display names by id, for the cells. */
    public ReadOnlyObjectProperty<Map<Long, String>> userNamesProperty() { return userNames; }

    /** The customer's order numbers by order id (empty when one order is shown), for the cells. */
    public ReadOnlyObjectProperty<Map<Long, String>> orderNosProperty() { return orderNos; }

    /** Counts finished loads, so a caller can tell that a reload has arrived. */
    public ReadOnlyIntegerProperty loadsProperty() { return loads; }
}
