package app.gendan.ui.today;

import app.gendan.domain.DueItem;
import app.gendan.domain.OrderAlert;
import app.gendan.ui.AppContext;
import app.gendan.ui.UiActions;
import app.gendan.ui.followup.StepRef;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Today: overdue, due today and the next days' steps, then the order alerts. One key works the
 * selected step: D done, S snooze, Enter or O open the order, L log a follow-up, R reassign.
 */
public final class TodayView {
    private final AppContext ctx;
    private final UiActions actions;
    private final TodayViewModel vm;
    private final DueTable due;
    private final AlertTable alerts;
    private final BorderPane root = new BorderPane();

    public TodayView(AppContext ctx, UiActions actions, TodayViewModel vm) {
        this.ctx = ctx;
        this.actions = actions;
        this.vm = vm;
        this.due = new DueTable(ctx);
        this.alerts = new AlertTable(ctx, vm.alerts(), this::openAlert);
        vm.setAfterWrite(() -> actions.dataChanged("followup"));
        vm.dueProperty().addListener((o, a, list) -> due.show(list));
        due.show(vm.dueProperty().get());
        due.node().addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        due.node().setContextMenu(contextMenu());

        Label alertsTitle = new Label();
        alertsTitle.setId("alertsTitle");
        alertsTitle.getStyleClass().add("today-section");
        alertsTitle.textProperty().bind(Bindings.createStringBinding(
                () -> ctx.text("today.alerts", vm.alerts().size()), vm.alerts()));
        VBox alertBox = new VBox(4, alertsTitle, alerts.node());
        VBox.setVgrow(alerts.node(), Priority.ALWAYS);
        SplitPane split = new SplitPane(due.node(), alertBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);

        root.setTop(toolbar());
        root.setCenter(split);
        root.setBottom(hintBar());
        root.getStyleClass().add("today-view");
        root.setId("todayView");
    }

    public Parent root() { return root; }

    public TodayViewModel viewModel() { return vm; }

    /** Puts the keyboard in the step list, on the first step when none is selected. */
    public void focus() {
        due.node().requestFocus();
        if (due.selected() == null) {
            due.selectItemFrom(0);
        }
    }

    private Node toolbar() {
        Label title = new Label(ctx.text("today.title"));
        title.getStyleClass().add("title-4");
        ComboBox<TodayScope> scope = new ComboBox<>(vm.scopes());
        scope.setId("todayScope");
        scope.valueProperty().bindBidirectional(vm.scopeProperty());
        scope.visibleProperty().bind(vm.managerProperty());
        scope.managedProperty().bind(scope.visibleProperty());
        Label scopeLabel = new Label(ctx.text("today.scope.label"));
        scopeLabel.visibleProperty().bind(vm.managerProperty());
        scopeLabel.managedProperty().bind(scopeLabel.visibleProperty());
        scopeLabel.setLabelFor(scope);
        Button reload = new Button(null, new FontIcon("mdi2r-refresh"));
        reload.setId("todayReload");
        reload.setTooltip(new Tooltip(ctx.text("today.reload")));
        reload.setOnAction(e -> vm.reload());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, title, grow, scopeLabel, scope, reload);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("today-toolbar");
        return bar;
    }

    private Node hintBar() {
        Label hint = new Label(ctx.text("today.hint"));
        hint.setId("todayHint");
        hint.getStyleClass().add("text-muted");
        HBox bar = new HBox(hint);
        bar.getStyleClass().add("today-hint");
        return bar;
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        DueItem item = due.selected();
        if (item == null) {
            return;
        }
        switch (e.getCode()) {
            case D -> vm.done(item);
            case S -> snoozeMenu().show(selectedRow(), javafx.geometry.Side.BOTTOM, 40, 0);
            case ENTER, O -> open(item);
            case L -> actions.logFollowUp(item.customerId(), item.orderId());
            case R -> reassign(item);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void open(DueItem item) {
        if (item.orderId() != null) {
            actions.openOrder(item.orderId());
        } else {
            actions.openCustomer(item.customerId());
        }
    }

    private void openAlert(OrderAlert a) {
        actions.openOrder(a.orderId());
    }

    private void reassign(DueItem item) {
        vm.steps().askReassign(window(), StepRef.of(item));
    }

    /** The snooze choices as a menu the arrow keys and Enter work, opened by S under the selected row. */
    private ContextMenu snoozeMenu() {
        return vm.steps().snoozeMenu(this::selectedStep, this::window);
    }

    /** The step selected when a menu choice is made; null when none is. */
    private StepRef selectedStep() {
        DueItem item = due.selected();
        return item == null ? null : StepRef.of(item);
    }

    private Window window() {
        return due.node().getScene() == null ? null : due.node().getScene().getWindow();
    }

    private Node selectedRow() {
        int index = due.node().getSelectionModel().getSelectedIndex();
        for (Node n : due.node().lookupAll(".tree-table-row-cell")) {
            if (n instanceof TreeTableRow<?> row && row.getIndex() == index && row.isVisible()) {
                return row;
            }
        }
        return due.node();
    }

    /** The same actions with their keys, on right-click; they work on the selected step. */
    private ContextMenu contextMenu() {
        Menu snooze = new Menu(keyed("today.action.snooze", "S"));
        snooze.setId("todayMenuSnooze");
        snooze.getItems().setAll(vm.steps().snoozeItems("todayMenuSnooze", this::selectedStep, this::window));
        ContextMenu menu = new ContextMenu(
                item("todayMenuDone", keyed("today.action.done", "D"), vm::done),
                snooze,
                new SeparatorMenuItem(),
                item("todayMenuOpen", keyed("today.action.open", "Enter"), this::open),
                item("todayMenuLog", keyed("today.action.log", "L"), i -> actions.logFollowUp(i.customerId(), i.orderId())),
                item("todayMenuReassign", keyed("today.action.reassign", "R"), this::reassign));
        menu.setId("todayMenu");
        menu.setOnShowing(e -> {
            boolean none = due.selected() == null;
            menu.getItems().forEach(m -> m.setDisable(none));
        });
        return menu;
    }

    private String keyed(String key, String shortcut) {
        return ctx.text("today.menu.keyed", ctx.text(key), shortcut);
    }

    /** A menu entry that works on the step selected when it is chosen. */
    private MenuItem item(String id, String text, java.util.function.Consumer<DueItem> action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setMnemonicParsing(false);
        m.setOnAction(e -> {
            DueItem selected = due.selected();
            if (selected != null) {
                action.accept(selected);
            }
        });
        return m;
    }

    /** The steps shown in a group (for tests and the keyboard). */
    public java.util.List<DueItem> shown(app.gendan.domain.DueGroup group) { return due.items(group); }

    /** Selects a step by its follow-up id; false when it is not listed. */
    public boolean select(long followUpId) { return due.select(followUpId); }
}
