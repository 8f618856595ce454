package app.gendan.ui.board;

import app.gendan.domain.BoardCard;
import app.gendan.domain.BoardColumn;
import app.gendan.domain.Stage;
import app.gendan.ui.AppContext;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One stage: a header with count and total, and a virtualised list of cards that accepts dropped cards. */
final class BoardColumnView {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final AppContext ctx;
    private final Stage stage;
    private final Label name = new Label();
    private final Label summary = new Label();
    private final ListView<BoardCard> list = new ListView<>();
    private final VBox root;

    BoardColumnView(AppContext ctx, Stage stage, CardDrag drag, Consumer<BoardCard> onOpen,
                    BiConsumer<BoardCard, Long> onDrop) {
        this.ctx = ctx;
        this.stage = stage;
        name.setText(stage.name());
        name.getStyleClass().add("column-name");
        // compact columns: a long stage name takes a second line rather than losing its end
        name.setWrapText(true);
        summary.setWrapText(true);
        name.setId("column-name-" + stage.id());
        summary.getStyleClass().add("column-summary");
        summary.setId("column-summary-" + stage.id());
        list.setId("column-" + stage.id());
        list.setUserData(stage.id());
        list.getStyleClass().add("board-column-list");
        list.setFixedCellSize(OrderCardCell.HEIGHT);
        list.setCellFactory(v -> new OrderCardCell(ctx, stage.idleDays(), drag, onOpen));
        list.setPlaceholder(new Label(ctx.text("board.column.empty")));
        list.setOnMouseDragEntered(e -> list.pseudoClassStateChanged(DROP_TARGET, accepts(drag.card())));
        list.setOnMouseDragExited(e -> list.pseudoClassStateChanged(DROP_TARGET, false));
        list.setOnMouseDragReleased(e -> {
            list.pseudoClassStateChanged(DROP_TARGET, false);
            BoardCard card = drag.card();
            if (accepts(card)) {
                onDrop.accept(card, stage.id());
            }
            drag.end();
            e.consume();
        });
        VBox header = new VBox(2, name, summary);
        header.getStyleClass().add("column-header");
        root = new VBox(header, list);
        root.getStyleClass().add("board-column");
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    private boolean accepts(BoardCard card) {
        return card != null && card.stageId() != stage.id();
    }

    void show(BoardColumn column) {
        name.setText(column.stage().name());
        summary.setText(ctx.text("board.column.summary", column.count(), ctx.formats().number(column.total())));
        BoardCard selected = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(column.cards());
        if (selected != null) {
            select(selected.orderId());
        }
    }

    /** Selects and scrolls to an order's card; false when it is not in this column. */
    boolean select(long orderId) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).orderId() == orderId) {
                list.getSelectionModel().select(i);
                list.getFocusModel().focus(i);
                list.scrollTo(i);
                return true;
            }
        }
        list.getSelectionModel().clearSelection();
        return false;
    }

    /** Where a menu for an order's card opens: under the card when it is on screen, else at the list's corner. */
    Point2D cellOf(long orderId) {
        for (Node n : list.lookupAll(".order-card-cell")) {
            if (n instanceof OrderCardCell cell && cell.getItem() != null && cell.getItem().orderId() == orderId) {
                Bounds b = cell.localToScreen(cell.getBoundsInLocal());
                return new Point2D(b.getMinX() + 16, b.getMaxY() - 8);
            }
        }
        Bounds b = list.localToScreen(list.getBoundsInLocal());
        return new Point2D(b.getMinX() + 16, b.getMinY() + 16);
    }

    Stage stage() { return stage; }

    ListView<BoardCard> list() { return list; }

    VBox root() { return root; }
}
