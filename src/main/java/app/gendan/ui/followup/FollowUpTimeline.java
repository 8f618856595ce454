package app.gendan.ui.followup;

import app.gendan.domain.FollowUp;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.TimelineOrder;
import app.gendan.domain.User;
import app.gendan.ui.AppContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The follow-ups of an order or of a customer (with its orders): open next steps on top, then
 * newest first. Log, edit, delete, and done / snooze / reassign the selected step, with buttons
 * or one key each (L, Enter, Delete, D, S, R).
 */
public final class FollowUpTimeline {
    private final AppContext ctx;
    private final Runnable onChanged;
    private final ListView<FollowUp> list = new ListView<>();
    private final VBox root;
    private final Button snooze;
    private final Button logButton;
    private Long customerId;
    private Long orderId;
    private long generation;
    private Map<Long, String> users = Map.of();
    private Map<Long, String> orderNos = Map.of();

    /** @param onChanged runs after anything in the timeline was saved (the board and history reload) */
    public FollowUpTimeline(AppContext ctx, Runnable onChanged) {
        this.ctx = ctx;
        this.onChanged = onChanged;
        list.setId("followUpTimeline");
        list.setPlaceholder(new Label(ctx.text("followup.timeline.empty")));
        list.setCellFactory(v -> new FollowUpCell(ctx, () -> users, () -> orderNos, () -> orderId == null));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && selected() != null) {
                edit();
            }
        });
        BooleanBinding none = list.getSelectionModel().selectedItemProperty().isNull();
        BooleanBinding noOpenStep = Bindings.createBooleanBinding(
                () -> selected() == null || !TimelineOrder.hasOpenStep(selected()),
                list.getSelectionModel().selectedItemProperty());
        logButton = button("timelineLog", "followup.timeline.log", "mdi2p-phone-plus", this::log);
        logButton.getStyleClass().add("accent");
        logButton.setDisable(true);
        Button edit = button("timelineEdit", "followup.timeline.edit", "mdi2p-pencil", this::edit);
        edit.disableProperty().bind(none);
        Button delete = button("timelineDelete", "followup.timeline.delete", "mdi2d-delete-outline", this::delete);
        delete.disableProperty().bind(none);
        Button done = button("timelineDone", "followup.timeline.done", "mdi2c-check", this::complete);
        done.disableProperty().bind(noOpenStep);
        snooze = button("timelineSnooze", "followup.timeline.snooze", "mdi2a-alarm-snooze", this::snooze);
        snooze.disableProperty().bind(noOpenStep);
        Button reassign = button("timelineReassign", "followup.timeline.reassign", "mdi2a-account-switch", this::reassign);
        reassign.disableProperty().bind(noOpenStep);
        FlowPane bar = new FlowPane(6, 6, logButton, edit, delete, done, snooze, reassign);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(ctx.text("followup.timeline.hint"));
        hint.getStyleClass().add("text-muted");
        root = new VBox(6, bar, list, hint);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getStyleClass().add("followup-timeline");
    }

    public Node root() { return root; }

    public ListView<FollowUp> list() { return list; }

    /** Shows the follow-ups of one order. */
    public void showOrder(long customerId, long orderId) {
        this.customerId = customerId;
        this.orderId = orderId;
        refreshLogButton();
        reload();
    }

    /** Shows every follow-up of a customer, those of its orders included. */
    public void showCustomer(long customerId) {
        this.customerId = customerId;
        this.orderId = null;
        refreshLogButton();
        reload();
    }

    /** Shows nothing (a customer not saved yet). */
    public void clear() {
        customerId = null;
        orderId = null;
        generation++;
        refreshLogButton();
        list.getItems().clear();
    }

    private record Loaded(List<FollowUp> followUps, Map<Long, String> users, Map<Long, String> orderNos) {}

    public void reload() {
        if (customerId == null) {
            return;
        }
        long g = ++generation;
        long cid = customerId;
        Long oid = orderId;
        var ws = ctx.workspace();
        ctx.tasks().run(() -> new Loaded(oid == null ? ws.followUps().ofCustomer(cid) : ws.followUps().ofOrder(oid),
                ws.users().all().stream().collect(Collectors.toMap(User::id, User::displayName)),
                oid == null ? ws.customers().orders(cid).stream().collect(Collectors.toMap(SalesOrder::id,
                        SalesOrder::orderNo)) : Map.of()), l -> {
            if (g != generation) {
                return;
            }
            users = l.users();
            orderNos = l.orderNos();
            FollowUp was = selected();
            list.getItems().setAll(TimelineOrder.arrange(l.followUps()));
            if (was != null) {
                list.getItems().stream().filter(f -> f.id() == was.id()).findFirst()
                        .ifPresent(f -> list.getSelectionModel().select(f));
            }
        }, ctx.errors()::show);
    }

    private void refreshLogButton() {
        logButton.setDisable(customerId == null);
    }

    private void onKey(KeyEvent e) {
        if (e.isAltDown() || e.isMetaDown()) {
            return;
        }
        Runnable action = switch (e.getCode()) {
            case L -> this::log;
            case ENTER, E -> selected() == null ? null : this::edit;
            case DELETE -> selected() == null ? null : this::delete;
            case D -> selected() != null && TimelineOrder.hasOpenStep(selected()) ? this::complete : null;
            case S -> selected() != null && TimelineOrder.hasOpenStep(selected()) ? this::snooze : null;
            case R -> selected() != null && TimelineOrder.hasOpenStep(selected()) ? this::reassign : null;
            default -> null;
        };
        if (action != null && (!e.isShortcutDown() || e.getCode() == KeyCode.L)) {
            e.consume();
            action.run();
        }
    }

    private FollowUp selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void changed() {
        reload();
        onChanged.run();
    }

    /** Opens the follow-up form for the order or customer shown. */
    public void log() {
        if (customerId != null) {
            FollowUpDialog.log(ctx, window(), customerId, orderId, this::changed);
        }
    }

    private void edit() {
        FollowUpDialog.edit(ctx, window(), selected(), this::changed);
    }

    /** Done from the timeline opens the complete form, so the outcome and the following step go in at once. */
    private void complete() {
        FollowUpDialog.complete(ctx, window(), selected(), this::changed);
    }

    private void snooze() {
        StepActions.showSnoozeMenu(ctx, snooze, StepRef.of(selected()), this::changed);
    }

    private void reassign() {
        StepActions.reassign(ctx, window(), StepRef.of(selected()), this::changed);
    }

    private void delete() {
        FollowUp f = selected();
        if (ctx.errors().confirm(ctx.text("followup.delete.title"), ctx.text("followup.delete.header"),
                f.summary(), ctx.text("followup.delete.ok"))) {
            ctx.tasks().run(() -> {
                ctx.workspace().followUps().delete(f.id(), f.version());
                return f.id();
            }, id -> changed(), e -> {
                ctx.errors().show(e);
                reload();
            });
        }
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button b = new Button(ctx.text(key), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
