package app.gendan.ui.followup;

import app.gendan.domain.FollowUp;
import app.gendan.ui.AppContext;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.geometry.Side;
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
 * or one key each (L, Enter, Delete, D, S, R). The state and the writes are in
 * {@link FollowUpTimelineViewModel}; this class binds to it and lays it out.
 */
public final class FollowUpTimeline {
    private final AppContext ctx;
    private final FollowUpTimelineViewModel vm;
    private final ListView<FollowUp> list = new ListView<>();
    private final VBox root;
    private final Button snooze;

    /** @param onChanged runs after anything in the timeline was saved (the board and history reload) */
    public FollowUpTimeline(AppContext ctx, Runnable onChanged) {
        this(ctx, new FollowUpTimelineViewModel(ctx, onChanged));
    }

    public FollowUpTimeline(AppContext ctx, FollowUpTimelineViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
        list.setId("followUpTimeline");
        list.setPlaceholder(new Label(ctx.text("followup.timeline.empty")));
        list.setItems(vm.followUps());
        list.setCellFactory(v -> new FollowUpCell(ctx, () -> vm.userNamesProperty().get(),
                () -> vm.orderNosProperty().get(), () -> vm.orderIdProperty().get() == null));
        bindSelection();
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && selected() != null) {
                edit();
            }
        });
        BooleanBinding none = vm.selectedProperty().isNull();
        BooleanBinding noOpenStep = vm.selectedHasOpenStepProperty().not();
        Button logButton = button("timelineLog", "followup.timeline.log", "mdi2p-phone-plus", this::log);
        logButton.getStyleClass().add("accent");
        logButton.disableProperty().bind(vm.canLogProperty().not());
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

    /** The list's selection and the view-model's selected follow-up follow each other. */
    private void bindSelection() {
        list.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> vm.selectedProperty().set(f));
        vm.selectedProperty().addListener((o, a, f) -> {
            if (f == null) {
                list.getSelectionModel().clearSelection();
            } else if (!f.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(f);
            }
        });
    }

    public Node root() { return root; }

    public ListView<FollowUp> list() { return list; }

    public FollowUpTimelineViewModel viewModel() { return vm; }

    /** Shows the follow-ups of one order. */
    public void showOrder(long customerId, long orderId) {
        vm.showOrder(customerId, orderId);
    }

    /** Shows every follow-up of a customer, those of its orders included. */
    public void showCustomer(long customerId) {
        vm.showCustomer(customerId);
    }

    /** Shows nothing (a customer not saved yet). */
    public void clear() {
        vm.clear();
    }

    public void reload() {
        vm.reload();
    }

    private void onKey(KeyEvent e) {
        if (e.isAltDown() || e.isMetaDown()) {
            return;
        }
        boolean open = vm.selectedHasOpenStepProperty().get();
        Runnable action = switch (e.getCode()) {
            case L -> this::log;
            case ENTER, E -> selected() == null ? null : this::edit;
            case DELETE -> selected() == null ? null : this::delete;
            case D -> open ? this::complete : null;
            case S -> open ? this::snooze : null;
            case R -> open ? this::reassign : null;
            default -> null;
        };
        if (action != null && (!e.isShortcutDown() || e.getCode() == KeyCode.L)) {
            e.consume();
            action.run();
        }
    }

    private FollowUp selected() {
        return vm.selectedProperty().get();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Opens the follow-up form for the order or customer shown. */
    public void log() {
        Long customerId = vm.customerIdProperty().get();
        if (customerId != null) {
            FollowUpDialog.log(ctx, window(), customerId, vm.orderIdProperty().get(), vm::saved);
        }
    }

    private void edit() {
        FollowUpDialog.edit(ctx, window(), selected(), vm::saved);
    }

    /** Done from the timeline opens the complete form, so the outcome and the following step go in at once. */
    private void complete() {
        FollowUpDialog.complete(ctx, window(), selected(), vm::saved);
    }

    /** The snooze choices under the Snooze button; they work on the step selected when S was pressed. */
    private void snooze() {
        StepRef step = StepRef.of(selected());
        vm.steps().snoozeMenu(() -> step, this::window).show(snooze, Side.BOTTOM, 0, 0);
    }

    private void reassign() {
        vm.steps().askReassign(window(), StepRef.of(selected()));
    }

    private void delete() {
        FollowUp f = selected();
        if (ctx.errors().confirm(ctx.text("followup.delete.title"), ctx.text("followup.delete.header"),
                f.summary(), ctx.text("followup.delete.ok"))) {
            vm.delete(f);
        }
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button b = new Button(ctx.text(key), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
