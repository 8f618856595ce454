package app.gendan.ui.followup;

import app.gendan.domain.Customer;
import app.gendan.domain.FieldError;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.QuickDue;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.StaleEditException;
import app.gendan.domain.User;
import app.gendan.domain.ValidationException;
import app.gendan.domain.merge.FollowUpDraftFields;
import app.gendan.service.Workspace;
import app.gendan.ui.AppContext;
import app.gendan.ui.merge.StaleMerge;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.stage.Window;

/**
 * The follow-up form's state: what happened and the next step, in three modes — log a new
 * follow-up, edit one, or complete a due step while logging its outcome. Loads and saves on
 * background tasks; field problems land in {@link #errors} by field name. A save a colleague's
 * newer save refused keeps the form open with what was typed: an edit is merged with their
 * version, a step they changed is completed against its new version, and a step they already
 * completed turns the form into logging a new follow-up.
 */
public final class FollowUpFormViewModel {
    public enum Mode { LOG, EDIT, COMPLETE }

    /** What the form needs from the database, read before it opens. */
    record Loaded(Customer customer, SalesOrder order, List<SalesOrder> customerOrders, List<User> users) {
        static Loaded read(Workspace ws, long customerId, Long orderId) {
            SalesOrder order = orderId == null ? null : ws.orders().get(orderId);
            long cid = order == null ? customerId : order.customerId();
            return new Loaded(ws.customers().get(cid), order, order == null ? ws.customers().orders(cid) : List.of(),
                    ws.users().all());
        }
    }

    private final AppContext ctx;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>();
    /** The follow-up being edited as it was loaded (or as the last merge left it). */
    private FollowUp editing;
    private StepRef completing;
    private Customer customer;
    private final StaleMerge<FollowUp, FollowUpDraft> staleMerge;
    private Supplier<Window> window = () -> null;

    final ObservableList<SalesOrder> orders = FXCollections.observableArrayList();
    final ObjectProperty<SalesOrder> order = new SimpleObjectProperty<>();
    final ObservableList<User> users = FXCollections.observableArrayList();
    final ObjectProperty<LocalDate> happenedDate = new SimpleObjectProperty<>();
    final StringProperty happenedTime = new SimpleStringProperty("");
    final ObjectProperty<FollowUpMethod> method = new SimpleObjectProperty<>(FollowUpMethod.PHONE);
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty feedback = new SimpleStringProperty("");
    final StringProperty resultStatus = new SimpleStringProperty("");
    final StringProperty nextAction = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> nextDate = new SimpleObjectProperty<>();
    final StringProperty nextTime = new SimpleStringProperty("");
    final ObjectProperty<User> nextOwner = new SimpleObjectProperty<>();
    /** Logging: leave the order's earlier open step open instead of marking it done. */
    final BooleanProperty keepEarlierStep = new SimpleBooleanProperty();
    final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    final BooleanProperty busy = new SimpleBooleanProperty();
    /** What the last refused save merged in from a colleague, or why nothing was saved (empty otherwise). */
    final StringProperty mergeNote = new SimpleStringProperty("");

    private FollowUpFormViewModel(AppContext ctx, Mode mode, FollowUp editing, StepRef completing) {
        this.ctx = ctx;
        this.mode.set(mode);
        this.editing = editing;
        this.completing = completing;
        this.staleMerge = new StaleMerge<>(ctx, FollowUpDraftFields.INSTANCE, new FollowUpMerge(ctx, this), mergeNote);
        order.addListener((o, a, b) -> {
            if (b != null) {
                nextOwner.set(user(b.ownerId()));
            }
        });
    }

    boolean logging() {
        return mode.get() == Mode.LOG;
    }

    public static FollowUpFormViewModel forLog(AppContext ctx) {
        return new FollowUpFormViewModel(ctx, Mode.LOG, null, null);
    }

    public static FollowUpFormViewModel forEdit(AppContext ctx, FollowUp followUp) {
        return new FollowUpFormViewModel(ctx, Mode.EDIT, followUp, null);
    }

    public static FollowUpFormViewModel forComplete(AppContext ctx, StepRef step) {
        return new FollowUpFormViewModel(ctx, Mode.COMPLETE, null, step);
    }

    public Mode mode() { return mode.get(); }

    /** The mode changes once at most: from completing a step to logging, when a colleague completed the step first. */
    javafx.beans.value.ObservableValue<Mode> modeProperty() { return mode; }

    FollowUp editing() { return editing; }

    /** The form's window, for the dialog that asks about conflicting fields. */
    void setWindow(Supplier<Window> w) { this.window = w; }

    Window window() { return window.get(); }

    public StepRef completing() { return completing; }

    public Customer customer() { return customer; }

    /** The order the follow-up is filed under, fixed by the caller (null when the form offers a choice). */
    public SalesOrder fixedOrder() { return orders.isEmpty() ? order.get() : null; }

    /** Fills the form from what was loaded: now and the order owner for a new one, the stored values for an edit. */
    void fill(Loaded l) {
        customer = l.customer();
        users.setAll(l.users());
        orders.setAll(l.customerOrders());
        order.set(l.order());
        ZonedDateTime now = ctx.workspace().clock().instant().atZone(ctx.formats().zone());
        happenedDate.set(now.toLocalDate());
        happenedTime.set(TimeText.format(now.toLocalTime()));
        if (l.order() == null) {
            nextOwner.set(ctx.user() == null ? null : user(ctx.user().id()));
        }
        if (editing != null) {
            fillFrom(editing);
        }
    }

    private void fillFrom(FollowUp f) {
        fillFrom(f.toDraft(ctx.formats().zone()));
    }

    /** Puts a draft's values in the fields (the stored follow-up's, or a merge with a colleague's). */
    void fillFrom(FollowUpDraft d) {
        ZonedDateTime at = d.happenedAt().atZone(ctx.formats().zone());
        happenedDate.set(at.toLocalDate());
        happenedTime.set(TimeText.format(at.toLocalTime()));
        method.set(d.method());
        summary.set(nz(d.summary()));
        feedback.set(nz(d.feedback()));
        resultStatus.set(nz(d.resultStatus()));
        nextAction.set(nz(d.nextAction()));
        nextDate.set(d.nextDueDate());
        nextTime.set(TimeText.format(d.nextDueTime()));
        if (d.nextOwnerId() != null) {
            nextOwner.set(user(d.nextOwnerId()));
        }
    }

    /** A merge with a colleague's save: their follow-up is the version the next save goes against. */
    void merged(FollowUp theirs, FollowUpDraft draft) {
        editing = theirs;
        fillFrom(draft);
    }

    /** A quick due choice: the date counted from today in the user's zone; a blank action gets a plain one. */
    void quickDue(QuickDue choice) {
        nextDate.set(choice.from(ctx.workspace().clock().instant(), ctx.formats().zone()));
        if (nextAction.get() == null || nextAction.get().isBlank()) {
            nextAction.set(ctx.text("followup.defaultAction"));
        }
        errors.remove("nextDue");
        errors.remove("nextAction");
    }

    /** The draft as typed; times that do not read as a time of day are reported like validation errors. */
    Optional<FollowUpDraft> draft() {
        List<FieldError> problems = new ArrayList<>();
        LocalTime when = time(happenedTime.get(), "happenedAt", problems);
        LocalTime due = time(nextTime.get(), "nextDue", problems);
        if (!problems.isEmpty()) {
            show(problems);
            return Optional.empty();
        }
        Instant happenedAt = happenedDate.get() == null ? null
                : happenedDate.get().atTime(when == null ? LocalTime.MIDNIGHT : when).atZone(ctx.formats().zone()).toInstant();
        SalesOrder o = order.get();
        long customerId = editing != null ? editing.customerId() : customer.id();
        Long orderId = editing != null ? editing.orderId() : o == null ? null : o.id();
        User owner = nextOwner.get();
        return Optional.of(new FollowUpDraft(customerId, orderId, happenedAt, method.get(), summary.get(),
                blankToNull(feedback.get()), blankToNull(resultStatus.get()), blankToNull(nextAction.get()),
                nextDate.get(), due, owner == null ? null : owner.id()));
    }

    /**
     * Saves in the way of the mode. {@code outcome} false (complete mode only) marks the step
     * done without logging anything. {@code onSaved} runs after success only: when a colleague
     * saved first, the form stays open with what was typed (see the class comment).
     */
    void save(boolean outcome, Runnable onSaved) {
        if (busy.get()) {
            return;
        }
        errors.clear();
        FollowUpDraft d;
        if (outcome) {
            Optional<FollowUpDraft> typed = draft();
            if (typed.isEmpty()) {
                return;
            }
            d = typed.get();
        } else {
            d = null;
        }
        busy.set(true);
        var service = ctx.workspace().followUps();
        Mode saving = mode.get();
        FollowUp edited = editing;
        StepRef step = completing;
        boolean keepEarlier = keepEarlierStep.get();
        ctx.tasks().run(() -> switch (saving) {
            case LOG -> keepEarlier ? service.log(d) : service.logReplacingEarlierSteps(d);
            case EDIT -> service.update(edited.id(), edited.version(), d);
            case COMPLETE -> service.complete(step.followUpId(), step.version(), d);
        }, saved -> {
            busy.set(false);
            mergeNote.set("");
            onSaved.run();
        }, e -> {
            if (e instanceof StaleEditException && saving == Mode.EDIT) {
                staleMerge.run(() -> ctx.workspace().followUps().get(edited.id()), () -> busy.set(false));
            } else if (e instanceof StaleEditException && saving == Mode.COMPLETE) {
                reloadStep(step.followUpId());
            } else {
                busy.set(false);
                if (e instanceof ValidationException v) {
                    show(v.errors());
                } else {
                    ctx.errors().show(e);
                }
            }
        });
    }

    /**
     * A colleague changed the step being completed. Still open: the next save completes its new
     * version. Done or deleted: the form logs what was typed as a new follow-up instead.
     */
    private void reloadStep(long followUpId) {
        ctx.tasks().run(() -> ctx.workspace().followUps().get(followUpId), f -> {
            busy.set(false);
            if (f.nextStep() != null && f.nextStep().isOpen()) {
                completing = StepRef.of(f);
                mergeNote.set(ctx.text("merge.step.changed", StepText.line(ctx, f.nextStep())));
            } else {
                logInstead();
            }
        }, e -> {
            busy.set(false);
            if (e instanceof StaleEditException) {
                logInstead();
            } else {
                ctx.errors().show(e);
                mergeNote.set(ctx.text("merge.notLoaded"));
            }
        });
    }

    private void logInstead() {
        completing = null;
        mode.set(Mode.LOG);
        mergeNote.set(ctx.text("merge.step.done"));
    }

    private LocalTime time(String text, String field, List<FieldError> problems) {
        try {
            return TimeText.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(FieldError.of(field, "followup.time.invalid"));
            return null;
        }
    }

    void show(List<FieldError> list) {
        for (FieldError fe : list) {
            errors.merge(fe.field(), ctx.text(fe.messageKey(), fe.args().toArray()), (a, b) -> a);
        }
    }

    private User user(long id) {
        return users.stream().filter(u -> u.id() == id).findFirst().orElse(null);
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}
