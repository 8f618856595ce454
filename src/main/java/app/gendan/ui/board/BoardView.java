package app.gendan.ui.board;

import app.gendan.domain.BoardCard;
import app.gendan.domain.BoardColumn;
import app.gendan.domain.BoardModel;
import app.gendan.domain.ChecklistItem;
import app.gendan.domain.Pipeline;
import app.gendan.domain.Stage;
import app.gendan.domain.StepFilter;
import app.gendan.service.UnfinishedChecklistException;
import app.gendan.ui.AppContext;
import app.gendan.ui.UiActions;
import app.gendan.ui.Widgets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The board: filters on top, one column per open stage. Cards move by dragging them onto
 * another column or with Ctrl+Left / Ctrl+Right (Alt works too); Enter or a double-click opens the
 * order; Ctrl+L logs a follow-up for the selected card.
 */
public final class BoardView {
    /** Logs a follow-up for the selected card. */
    public static final KeyCombination LOG_FOLLOW_UP = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final AppContext ctx;
    private final UiActions actions;
    private final BoardViewModel vm;
    private final CardDrag drag = new CardDrag();
    private final Map<Long, BoardColumnView> columns = new LinkedHashMap<>();
    /** Column widths in pixels; the padding and gap match .board-columns in gendan.css. */
    static final double COMPACT_COLUMN = 140;
    static final double WIDE_COLUMN = 270;
    private static final double BOARD_PADDING = 10;
    private static final double COLUMN_GAP = 10;
    private final HBox columnBox = new HBox();
    private final BorderPane root = new BorderPane();
    private Runnable onFirstData;

    public BoardView(AppContext ctx, UiActions actions) {
        this.ctx = ctx;
        this.actions = actions;
        this.vm = new BoardViewModel(ctx);
        columnBox.getStyleClass().add("board-columns");
        ScrollPane scroll = new ScrollPane(columnBox);
        scroll.setFitToHeight(true);
        // columns share the window's width, down to a compact width, so a whole pipeline fits
        scroll.viewportBoundsProperty().addListener((o, a, b) -> fitColumns(b.getWidth()));
        scroll.getStyleClass().add("board-scroll");
        root.setTop(new VBox(toolbar(), demoBanner()));
        root.setCenter(scroll);
        root.getStyleClass().add("board");
        vm.modelProperty().addListener((o, a, m) -> show(m));
        vm.loadedProperty().addListener((o, a, loaded) -> {
            if (loaded && onFirstData != null) {
                Runnable callback = onFirstData;
                onFirstData = null;
                firstPaint(callback);
            }
        });
    }

    public Parent root() { return root; }

    public BoardViewModel viewModel() { return vm; }

    /** Loads pipelines and the board. */
    public void start() { vm.start(); }

    /** Shows a board snapshot loaded ahead at start-up. */
    public void startWith(BoardStart prefetched) { vm.startWith(prefetched); }

    public void reload() { vm.start(); }

    /** Runs once, after the first loaded board has been laid out and painted. */
    public void onFirstData(Runnable callback) { this.onFirstData = callback; }

    private void firstPaint(Runnable callback) {
        javafx.scene.Scene scene = root.getScene();
        if (scene == null) {
            Platform.runLater(callback);
            return;
        }
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            Platform.runLater(callback);
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }

    private Node toolbar() {
        ComboBox<Pipeline> pipelines = new ComboBox<>(vm.pipelines());
        pipelines.setId("pipelineChoice");
        pipelines.setConverter(new StringConverter<>() {
            @Override
            public String toString(Pipeline p) { return p == null ? "" : p.name(); }

            @Override
            public Pipeline fromString(String s) { return null; }
        });
        pipelines.valueProperty().bindBidirectional(vm.pipelineProperty());

        ComboBox<OwnerChoice> owner = new ComboBox<>(vm.owners());
        owner.setId("ownerFilter");
        owner.valueProperty().bindBidirectional(vm.ownerProperty());

        List<PriorityChoice> priorities = new ArrayList<>();
        priorities.add(new PriorityChoice(null, ctx.text("board.filter.allPriorities")));
        for (app.gendan.domain.Priority p : app.gendan.domain.Priority.values()) {
            priorities.add(new PriorityChoice(p, ctx.text("priority." + p.code())));
        }
        ComboBox<PriorityChoice> priority = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(priorities));
        priority.setId("priorityFilter");
        priority.getSelectionModel().select(0);
        priority.valueProperty().addListener((o, a, b) -> vm.priorityProperty().set(b == null ? null : b.priority()));

        ComboBox<StepFilter> steps = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(StepFilter.values()));
        steps.setId("stepFilter");
        steps.setConverter(Widgets.converter(f -> ctx.text("board.filter.steps." + f.code())));
        steps.valueProperty().bindBidirectional(vm.stepFilterProperty());

        TextField text = new TextField();
        text.setId("boardFilter");
        text.setPromptText(ctx.text("board.filter.text"));
        text.textProperty().bindBidirectional(vm.textProperty());
        text.setPrefColumnCount(16);

        Button newOrder = new Button(ctx.text("board.newOrder"), new FontIcon("mdi2p-plus"));
        newOrder.setId("newOrder");
        newOrder.getStyleClass().add("accent");
        newOrder.setOnAction(e -> actions.newOrder(null));

        Button reload = new Button(null, new FontIcon("mdi2r-refresh"));
        reload.setId("reloadBoard");
        reload.setTooltip(new javafx.scene.control.Tooltip(ctx.text("board.reload")));
        reload.setOnAction(e -> vm.start());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(ctx.text("board.pipeline")), pipelines, owner, priority, steps, text, grow, reload, newOrder);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("board-toolbar");
        return bar;
    }

    private Node demoBanner() {
        Label message = new Label(ctx.text("board.empty.message"));
        Button load = new Button(ctx.text("board.empty.loadDemo"), new FontIcon("mdi2d-database-import"));
        load.setId("loadDemo");
        load.disableProperty().bind(vm.loadingDemoProperty());
        load.setOnAction(e -> vm.loadDemo(() -> actions.dataChanged("demo")));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(vm.loadingDemoProperty());
        HBox banner = new HBox(12, new FontIcon("mdi2i-information-outline"), message, load, progress);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("demo-banner");
        banner.visibleProperty().bind(vm.emptyDatabaseProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private void show(BoardModel model) {
        if (model == null) {
            return;
        }
        List<Long> ids = model.columns().stream().map(c -> c.stage().id()).toList();
        boolean sameStages = ids.equals(new ArrayList<>(columns.keySet()))
                && model.columns().stream().allMatch(c -> sameStage(columns.get(c.stage().id()).stage(), c.stage()));
        if (!sameStages) {
            columns.clear();
            for (BoardColumn c : model.columns()) {
                BoardColumnView view = new BoardColumnView(ctx, c.stage(), drag, this::open, this::drop);
                view.list().addEventFilter(KeyEvent.KEY_PRESSED, e -> onKey(view, e));
                view.list().setOnContextMenuRequested(e -> showCardMenu(view, e));
                columns.put(c.stage().id(), view);
            }
            columnBox.getChildren().setAll(columns.values().stream().map(BoardColumnView::root).collect(Collectors.toList()));
            ScrollPane scroll = (ScrollPane) root.getCenter();
            fitColumns(scroll.getViewportBounds().getWidth());
        }
        for (BoardColumn c : model.columns()) {
            columns.get(c.stage().id()).show(c);
        }
    }

    /**
     * Each column's width: the viewport shared out (after the board's padding and gaps), between a
     * compact width at which a card still reads and the comfortable one; below the compact width
     * the board scrolls sideways. Eight stages fit a 1280-pixel window.
     */
    private void fitColumns(double viewportWidth) {
        int n = columns.size();
        if (n == 0 || viewportWidth <= 0) {
            return;
        }
        double share = (viewportWidth - 2 * BOARD_PADDING - (n - 1) * COLUMN_GAP) / n;
        double width = Math.floor(Math.max(COMPACT_COLUMN, Math.min(WIDE_COLUMN, share)));
        for (BoardColumnView c : columns.values()) {
            c.root().setMinWidth(width);
            c.root().setPrefWidth(width);
            c.root().setMaxWidth(width);
        }
    }

    private static boolean sameStage(Stage a, Stage b) {
        return a.name().equals(b.name()) && java.util.Objects.equals(a.idleDays(), b.idleDays());
    }

    private void onKey(BoardColumnView column, KeyEvent e) {
        BoardCard card = column.list().getSelectionModel().getSelectedItem();
        if (card == null) {
            return;
        }
        boolean modifier = e.isShortcutDown() || e.isControlDown() || e.isAltDown();
        if (modifier && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            Stage target = vm.neighbour(card.stageId(), e.getCode() == KeyCode.LEFT ? -1 : 1);
            if (target != null) {
                moveAndFocus(card, target.id());
            }
            e.consume();
        } else if (LOG_FOLLOW_UP.match(e)) {
            logFollowUp(card);
            e.consume();
        } else if (e.getCode() == KeyCode.CONTEXT_MENU || (e.getCode() == KeyCode.F10 && e.isShiftDown())) {
            showCardMenu(column, card, column.cellOf(card.orderId()));
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            open(card);
            e.consume();
        }
    }

    private void showCardMenu(BoardColumnView column, ContextMenuEvent e) {
        BoardCard card = column.list().getSelectionModel().getSelectedItem();
        if (card != null) {
            showCardMenu(column, card, new Point2D(e.getScreenX(), e.getScreenY()));
            e.consume();
        }
    }

    /** The selected card's menu (right click, the menu key or Shift+F10), naming the shortcuts. */
    private void showCardMenu(BoardColumnView column, BoardCard card, Point2D at) {
        MenuItem open = new MenuItem(ctx.text("board.card.menu.open"));
        open.setId("cardMenuOpen");
        open.setAccelerator(new KeyCodeCombination(KeyCode.ENTER));
        open.setOnAction(a -> open(card));
        MenuItem log = new MenuItem(ctx.text("board.card.menu.logFollowUp"));
        log.setId("cardMenuLogFollowUp");
        log.setAccelerator(LOG_FOLLOW_UP);
        log.setOnAction(a -> logFollowUp(card));
        // shown by hand rather than set as the list's context menu, so its accelerators stay
        // display-only and the list's key filter keeps acting on the selected card
        ContextMenu menu = new ContextMenu(log, open);
        menu.setId("cardMenu");
        menu.show(column.list(), at.getX(), at.getY());
    }

    private void logFollowUp(BoardCard card) {
        actions.logFollowUp(card.customerId(), card.orderId());
    }

    private void drop(BoardCard card, long stageId) {
        moveAndFocus(card, stageId);
    }

    private void moveAndFocus(BoardCard card, long stageId) {
        vm.move(card, stageId, this::confirmUnfinished, orderId -> {
            BoardColumnView target = columns.get(stageId);
            if (target != null && target.select(orderId)) {
                target.list().requestFocus();
            }
        });
    }

    private boolean confirmUnfinished(UnfinishedChecklistException e) {
        String items = e.unfinished().stream().map(ChecklistItem::text).map(t -> "• " + t)
                .collect(Collectors.joining("\n"));
        return ctx.errors().confirm(ctx.text("board.move.confirm.title"), ctx.messages().of(e),
                ctx.text("board.move.confirm.text", items), ctx.text("board.move.confirm.ok"));
    }

    private void open(BoardCard card) {
        actions.openOrder(card.orderId());
    }

    /** The column list of a stage (for keyboard focus and tests). */
    public ListView<BoardCard> columnList(long stageId) {
        BoardColumnView v = columns.get(stageId);
        return v == null ? null : v.list();
    }
}
