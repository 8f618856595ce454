package app.gendan.ui.today;

import app.gendan.domain.DueItem;
import app.gendan.domain.OrderAlert;
import app.gendan.domain.SnoozeChoice;
import app.gendan.domain.User;
import app.gendan.service.DueList;
import app.gendan.ui.AppContext;
import app.gendan.ui.followup.StepCommands;
import app.gendan.ui.followup.StepRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * The Today view's state: whose steps (managers may pick anyone or everyone), the three groups
 * of due steps and the order alerts. Loads and writes on background tasks; after a write the
 * owner of the view (the main window) is told, so every screen showing the step reloads.
 */
public final class TodayViewModel {
    public static final int UPCOMING_DAYS = 7;
    private static final DueList NOTHING = new DueList(List.of(), List.of(), List.of());

    private final AppContext ctx;
    private final ObservableList<TodayScope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<TodayScope> scope = new SimpleObjectProperty<>();
    private final ObjectProperty<DueList> due = new SimpleObjectProperty<>(NOTHING);
    private final ObservableList<OrderAlert> alerts = FXCollections.observableArrayList();
    private final IntegerProperty overdueCount = new SimpleIntegerProperty();
    private final IntegerProperty loads = new SimpleIntegerProperty();
    private final BooleanProperty manager = new SimpleBooleanProperty();
    private final StepCommands steps;
    private Runnable afterWrite = this::reload;
    private boolean started;
    private boolean settingScopes;
    private long generation;
    private LocalDate shownDay;

    private record Snapshot(DueList due, List<OrderAlert> alerts, LocalDate day) {}

    public TodayViewModel(AppContext ctx) {
        this.ctx = ctx;
        this.steps = new StepCommands(ctx, () -> afterWrite.run());
        scope.addListener((o, a, b) -> {
            if (!settingScopes && started && b != null) {
                reload();
            }
        });
        ctx.userProperty().addListener((o, a, b) -> {
            if (started) {
                refreshScopes();
            }
        });
    }

    /**
     * What runs after a step was done, snoozed or reassigned, or a colleague's newer save was
     * reported (the main window reloads every screen showing steps).
     */
    public void setAfterWrite(Runnable afterWrite) { this.afterWrite = afterWrite; }

    /** First load: the owner choices (for managers) and the lists. Calling it again just reloads. */
    public void start() {
        if (!started) {
            started = true;
            refreshScopes();
        }
        reload();
    }

    public boolean isStarted() { return started; }

    private void refreshScopes() {
        User me = ctx.user();
        TodayScope mine = new TodayScope(TodayScope.Kind.ME, null, ctx.text("today.scope.me"));
        boolean seesEveryone = me != null && me.role().seesEveryone();
        manager.set(seesEveryone);
        if (!seesEveryone) {
            setScopes(List.of(mine), mine);
            return;
        }
        if (scopes.isEmpty()) {
            setScopes(List.of(mine), mine);
        }
        ctx.tasks().run(() -> ctx.workspace().users().all(), users -> {
            List<TodayScope> choices = new ArrayList<>();
            choices.add(mine);
            choices.add(new TodayScope(TodayScope.Kind.EVERYONE, null, ctx.text("today.scope.everyone")));
            users.stream().filter(u -> u.id() != me.id())
                    .forEach(u -> choices.add(new TodayScope(TodayScope.Kind.USER, u.id(), u.displayName())));
            TodayScope current = scope.get();
            setScopes(choices, choices.stream().filter(c -> current != null && c.kind() == current.kind()
                    && java.util.Objects.equals(c.userId(), current.userId())).findFirst().orElse(mine));
        }, ctx.errors()::show);
    }

    private void setScopes(List<TodayScope> choices, TodayScope selected) {
        TodayScope before = scope.get();
        if (scopes.equals(choices) && java.util.Objects.equals(before, selected)) {
            return;
        }
        settingScopes = true;
        try {
            scopes.setAll(choices);
            scope.set(selected);
        } finally {
            settingScopes = false;
        }
        if (started && before != null && !before.equals(selected)) {
            reload();
        }
    }

    /** The owner whose steps are listed; null for everyone. A rep always sees only their own. */
    public Long ownerId() {
        User me = ctx.user();
        if (me == null) {
            return null;
        }
        TodayScope s = scope.get();
        if (!me.role().seesEveryone() || s == null || s.kind() == TodayScope.Kind.ME) {
            return me.id();
        }
        return s.kind() == TodayScope.Kind.EVERYONE ? null : s.userId();
    }

    /** Loads the due steps and alerts again; only the newest answer is shown. */
    public void reload() {
        if (ctx.user() == null) {
            return;
        }
        if (started && manager.get()) {
            // a colleague may have joined since (an import brings its reps): the owner choices follow
            refreshScopes();
        }
        Long owner = ownerId();
        long ticket = ++generation;
        var ws = ctx.workspace();
        ctx.tasks().run(() -> new Snapshot(ws.due().dueItems(owner, UPCOMING_DAYS), ws.alerts().scan(owner),
                LocalDate.now(ws.clock())), s -> {
                    if (ticket == generation) {
                        apply(s);
                    }
                }, e -> {
                    if (ticket == generation) {
                        ctx.errors().show(e);
                    }
                });
    }

    private void apply(Snapshot s) {
        shownDay = s.day();
        due.set(s.due());
        if (!alerts.equals(s.alerts())) {
            // replacing the items clears the table's selection: only when the alerts did change
            alerts.setAll(s.alerts());
        }
        overdueCount.set(s.due().overdue().size());
        loads.set(loads.get() + 1);
    }

    /**
     * Reloads when the calendar day has turned since the lists were loaded (today's steps become
     * overdue at midnight). Cheap: no database work unless the day changed.
     */
    public boolean checkDay() {
        if (shownDay != null && !LocalDate.now(ctx.workspace().clock()).equals(shownDay)) {
            reload();
            return true;
        }
        return false;
    }

    /** Done, snooze and reassign for the listed steps; after each write the owner of the view is told. */
    public StepCommands steps() { return steps; }

    /** Marks the step done without an outcome. */
    public void done(DueItem item) {
        steps.done(StepRef.of(item));
    }

    /** Snoozes the step for one of the quick choices. */
    public void snooze(DueItem item, SnoozeChoice choice) {
        steps.snooze(StepRef.of(item), choice);
    }

    public ObservableList<TodayScope> scopes() { return scopes; }

    public ObjectProperty<TodayScope> scopeProperty() { return scope; }

    public ReadOnlyObjectProperty<DueList> dueProperty() { return due; }

    public ObservableList<OrderAlert> alerts() { return alerts; }

    /** How many steps are overdue (for the navigation badge). */
    public ReadOnlyIntegerProperty overdueCountProperty() { return overdueCount; }

    /** Counts finished loads, so a caller can tell that a reload has arrived. */
    public ReadOnlyIntegerProperty loadsProperty() { return loads; }

    /** True when the user may look at colleagues' steps. */
    public ReadOnlyBooleanProperty managerProperty() { return manager; }
}
