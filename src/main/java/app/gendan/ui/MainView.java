package app.gendan.ui;

import app.gendan.ui.board.BoardView;
import app.gendan.ui.customer.CustomerListView;
import app.gendan.ui.followup.FollowUpDialog;
import app.gendan.ui.imports.DataView;
import app.gendan.ui.order.OrderFormView;
import app.gendan.ui.search.SearchPopup;
import app.gendan.ui.settings.SettingsView;
import app.gendan.ui.today.DayWatch;
import app.gendan.ui.today.TodayView;
import app.gendan.ui.today.TodayViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: navigation (Today, Board, Customers, Data, Settings on Ctrl+1…5), global
 * search, busy indicator. The board is the start page; the Today button shows how many steps are
 * overdue, so nobody misses them without being pulled away from the board.
 */
public final class MainView implements UiActions, AutoCloseable {
    private static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCode[] PAGE_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};

    private final AppContext ctx;
    private final BorderPane root = new BorderPane();
    private final BoardView board;
    private final SearchPopup search;
    private final ToggleGroup nav = new ToggleGroup();
    private final ToggleButton boardButton;
    private final ToggleButton customersButton;
    private final ToggleButton todayButton;
    private final List<ToggleButton> pages;
    private final TodayViewModel todayModel;
    private final List<Runnable> dataListeners = new ArrayList<>();
    private final LinkBanner linkBanner;
    private int reloads;
    private TodayView today;
    private DayWatch dayWatch;
    private CustomerListView customers;
    private SettingsView settings;
    private DataView data;

    public MainView(AppContext ctx) {
        this.ctx = ctx;
        this.board = new BoardView(ctx, this);
        this.search = new SearchPopup(ctx, this);
        this.todayModel = new TodayViewModel(ctx);
        this.linkBanner = new LinkBanner(ctx);
        todayButton = navButton("navToday", "nav.today", "mdi2c-calendar-check", () -> {
            // coming to Today shows the latest, even before a colleague's change is polled
            if (today == null) {
                today();
            } else {
                todayModel.reload();
            }
            Platform.runLater(() -> today.focus());
            return today.root();
        });
        todayButton.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int overdue = todayModel.overdueCountProperty().get();
            return overdue > 0 ? ctx.text("nav.todayOverdue", overdue) : ctx.text("nav.today");
        }, todayModel.overdueCountProperty()));
        boardButton = navButton("navBoard", "nav.board", "mdi2v-view-column", () -> board.root());
        customersButton = navButton("navCustomers", "nav.customers", "mdi2a-account-group", () -> customers().root());
        ToggleButton dataButton = navButton("navData", "nav.data", "mdi2d-database-import", () -> data().root());
        ToggleButton settingsButton = navButton("navSettings", "nav.settings", "mdi2c-cog", () -> settings().root());
        pages = List.of(todayButton, boardButton, customersButton, dataButton, settingsButton);
        root.setTop(new javafx.scene.layout.VBox(top(todayButton, boardButton, customersButton, dataButton, settingsButton),
                linkBanner.node()));
        root.getStyleClass().add("main-view");
        root.getStylesheets().add(Widgets.STYLESHEET);
        boardButton.setSelected(true);
        root.sceneProperty().addListener((o, a, scene) -> installShortcuts(scene));
    }

    public Parent root() { return root; }

    public BoardView board() { return board; }

    /** Loads the board; call once the view is in a window. */
    public void start() {
        board.start();
        startToday();
    }

    /** Shows the board from a snapshot loaded ahead at start-up. */
    public void start(app.gendan.ui.board.BoardStart prefetched) {
        board.startWith(prefetched);
        startToday();
    }

    /** Today's lists load once the board has its data, so they never delay the first board. */
    private void startToday() {
        var loaded = board.viewModel().loadedProperty();
        if (loaded.get()) {
            todayModel.start();
        } else {
            loaded.addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                    if (is) {
                        loaded.removeListener(this);
                        if (!todayModel.isStarted()) {
                            todayModel.start();
                        }
                    }
                }
            });
        }
        if (dayWatch == null) {
            dayWatch = DayWatch.start(todayModel::checkDay);
        }
    }

    /** The Today page's view-model (loaded in the background even while another page shows). */
    public TodayViewModel todayModel() { return todayModel; }

    /** Runs after every change to what reminders are about (steps, orders), e.g. to wake the reminder scheduler. */
    public void onDataChanged(Runnable listener) { dataListeners.add(listener); }

    private ToggleButton navButton(String id, String key, String icon, java.util.function.Supplier<Node> page) {
        ToggleButton b = new ToggleButton(ctx.text(key), new FontIcon(icon));
        b.setId(id);
        b.setToggleGroup(nav);
        b.getStyleClass().add("nav-button");
        b.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                root.setCenter(page.get());
            }
        });
        b.setOnAction(e -> {
            if (!b.isSelected()) {
                b.setSelected(true);
            }
        });
        return b;
    }

    private Node top(ToggleButton... buttons) {
        Label app = new Label(ctx.text("app.title"));
        app.getStyleClass().addAll("app-title", "title-4");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(ctx.tasks().runningProperty().greaterThan(0));
        Label user = new Label();
        user.getStyleClass().add("text-muted");
        user.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> ctx.user() == null ? "" : ctx.user().displayName(), ctx.userProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, app);
        bar.getChildren().addAll(buttons);
        bar.getChildren().addAll(grow, new FontIcon("mdi2m-magnify"), search.field(), busy, user);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private void installShortcuts(Scene scene) {
        if (scene != null) {
            scene.getAccelerators().put(SEARCH, search::focus);
            for (int i = 0; i < pages.size(); i++) {
                ToggleButton page = pages.get(i);
                scene.getAccelerators().put(new KeyCodeCombination(PAGE_KEYS[i], KeyCombination.SHORTCUT_DOWN),
                        () -> page.setSelected(true));
            }
        }
    }

    private TodayView today() {
        if (today == null) {
            today = new TodayView(ctx, this, todayModel);
            todayModel.start();
        }
        return today;
    }

    private CustomerListView customers() {
        if (customers == null) {
            customers = new CustomerListView(ctx, this);
        }
        return customers;
    }

    /** The Data page: import trackers, list and revert imports. */
    public DataView data() {
        if (data == null) {
            data = new DataView(ctx, this);
        }
        return data;
    }

    private SettingsView settings() {
        if (settings == null) {
            settings = new SettingsView(ctx, this);
        }
        return settings;
    }

    @Override
    public void openOrder(long orderId) {
        new OrderFormView(ctx, saved -> dataChanged("order")).show(orderId, null);
    }

    @Override
    public void newOrder(Long customerId) {
        new OrderFormView(ctx, saved -> dataChanged("order")).show(null, customerId);
    }

    @Override
    public void openCustomer(long customerId) {
        customersButton.setSelected(true);
        customers().open(customerId);
    }

    @Override
    public void logFollowUp(long customerId, Long orderId) {
        Window window = root.getScene() == null ? null : root.getScene().getWindow();
        FollowUpDialog.log(ctx, window, customerId, orderId, () -> dataChanged("followup"));
    }

    @Override
    public void dataChanged(String entity) {
        reload(ChangeScope.of(entity));
    }

    /** Colleagues changed these records: reload the screens that show them, each once. */
    public void colleaguesChanged(java.util.List<app.gendan.domain.Change> changes) {
        java.util.Set<ChangeScope> scope = java.util.EnumSet.noneOf(ChangeScope.class);
        for (app.gendan.domain.Change c : changes) {
            scope.addAll(ChangeScope.of(c.entity()));
        }
        reload(scope);
    }

    /** How many screens this window has reloaded so far (for measuring what a colleague's change costs). */
    public int reloads() { return reloads; }

    private void reload(java.util.Set<ChangeScope> scope) {
        if (scope.contains(ChangeScope.BOARD)) {
            board.reload();
            reloads++;
        }
        if (scope.contains(ChangeScope.TODAY) && todayModel.isStarted()) {
            todayModel.reload();
            reloads++;
        }
        if (scope.contains(ChangeScope.CUSTOMERS) && customers != null) {
            customers.refresh();
            reloads++;
        }
        if (scope.contains(ChangeScope.REMINDERS)) {
            dataListeners.forEach(Runnable::run);
        }
        if (scope.contains(ChangeScope.DATA) && data != null) {
            data.refresh();
            reloads++;
        }
    }

    /** How the database answers now, shown under the top bar (call on the JavaFX thread). */
    public void showLink(app.gendan.domain.LinkStatus status) {
        linkBanner.update(status);
        if (settings != null) {
            settings.linkChanged();
        }
    }

    /** Shows the board page. */
    public void showBoard() { boardButton.setSelected(true); }

    /** Shows the Today page with the keyboard in its list. */
    public void showToday() {
        todayButton.setSelected(true);
        today().focus();
    }

    /** The Today page, built on first use. */
    public TodayView todayView() { return today(); }

    /** Stops the once-a-minute day check (the window is closing or being rebuilt). */
    @Override
    public void close() {
        if (dayWatch != null) {
            dayWatch.close();
        }
    }
}
