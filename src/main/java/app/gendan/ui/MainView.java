package app.gendan.ui;

import app.gendan.ui.board.BoardView;
import app.gendan.ui.customer.CustomerListView;
import app.gendan.ui.imports.DataView;
import app.gendan.ui.order.OrderFormView;
import app.gendan.ui.search.SearchPopup;
import app.gendan.ui.settings.SettingsView;
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
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's content: navigation (Board, Customers, Settings), global search, busy indicator. */
public final class MainView implements UiActions {
    private static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

    private final AppContext ctx;
    private final BorderPane root = new BorderPane();
    private final BoardView board;
    private final SearchPopup search;
    private final ToggleGroup nav = new ToggleGroup();
    private final ToggleButton boardButton;
    private final ToggleButton customersButton;
    private CustomerListView customers;
    private SettingsView settings;
    private DataView data;

    public MainView(AppContext ctx) {
        this.ctx = ctx;
        this.board = new BoardView(ctx, this);
        this.search = new SearchPopup(ctx, this);
        boardButton = navButton("navBoard", "nav.board", "mdi2v-view-column", () -> board.root());
        customersButton = navButton("navCustomers", "nav.customers", "mdi2a-account-group", () -> customers().root());
        ToggleButton dataButton = navButton("navData", "nav.data", "mdi2d-database-import", () -> data().root());
        ToggleButton settingsButton = navButton("navSettings", "nav.settings", "mdi2c-cog", () -> settings().root());
        root.setTop(top(boardButton, customersButton, dataButton, settingsButton));
        root.getStyleClass().add("main-view");
        root.getStylesheets().add(Widgets.STYLESHEET);
        boardButton.setSelected(true);
        root.sceneProperty().addListener((o, a, scene) -> installShortcuts(scene));
    }

    public Parent root() { return root; }

    public BoardView board() { return board; }

    /** Loads the board; call once the view is in a window. */
    public void start() { board.start(); }

    /** Shows the board from a snapshot loaded ahead at start-up. */
    public void start(app.gendan.ui.board.BoardStart prefetched) { board.startWith(prefetched); }

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
        }
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
        new OrderFormView(ctx, saved -> dataChanged()).show(orderId, null);
    }

    @Override
    public void newOrder(Long customerId) {
        new OrderFormView(ctx, saved -> dataChanged()).show(null, customerId);
    }

    @Override
    public void openCustomer(long customerId) {
        customersButton.setSelected(true);
        customers().open(customerId);
    }

    @Override
    public void logFollowUp(long customerId, Long orderId) {
        // Until the follow-up form lands, the order (or customer) screen is where a rep records it.
        if (orderId != null) {
            openOrder(orderId);
        } else {
            openCustomer(customerId);
        }
    }

    @Override
    public void dataChanged() {
        board.reload();
        if (customers != null) {
            customers.refresh();
        }
        if (data != null) {
            data.refresh();
        }
    }

    /** Shows the board page. */
    public void showBoard() { boardButton.setSelected(true); }
}
