package app.gendan.ui.board;

import app.gendan.domain.BoardCard;
import app.gendan.domain.NextStepState;
import app.gendan.domain.Priority;
import app.gendan.domain.StageTime;
import app.gendan.ui.AppContext;
import app.gendan.ui.followup.StepText;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One order on the board: number, customer, title, amount, owner, priority colour, days in
 * stage, and its next step (red when overdue, flagged when an open order has none).
 */
final class OrderCardCell extends ListCell<BoardCard> {
    static final double HEIGHT = 118;
    private static final List<String> PRIORITY_CLASSES = List.of("priority-high", "priority-normal", "priority-low");
    private static final List<String> STEP_CLASSES = List.of("next-open", "next-overdue", "no-next-step");

    private final AppContext ctx;
    private final Integer idleDays;
    private final Label orderNo = label("card-order-no");
    private final Label days = label("card-days");
    private final Label customer = label("card-customer");
    private final Label title = label("card-title");
    private final Label amount = label("card-amount");
    private final Label owner = label("card-owner");
    private final Label next = label("card-next");
    private final Tooltip tooltip = new Tooltip();
    private final VBox box;

    OrderCardCell(AppContext ctx, Integer idleDays, CardDrag drag, Consumer<BoardCard> onOpen) {
        this.ctx = ctx;
        this.idleDays = idleDays;
        Region spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        Region spacer2 = new Region();
        HBox.setHgrow(spacer2, javafx.scene.layout.Priority.ALWAYS);
        // a long next step is cut short with an ellipsis rather than widening the card
        next.setMinWidth(0);
        next.setPrefWidth(0);
        next.setMaxWidth(Double.MAX_VALUE);
        box = new VBox(2, new HBox(6, orderNo, spacer, days), customer, title, new HBox(6, amount, spacer2, owner), next);
        box.getStyleClass().add("order-card");
        getStyleClass().add("order-card-cell");
        setText(null);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                onOpen.accept(getItem());
            }
        });
        setOnDragDetected(e -> {
            if (getItem() != null && e.getButton() == MouseButton.PRIMARY) {
                drag.start(getItem());
                setCursor(Cursor.CLOSED_HAND);
                startFullDrag();
                e.consume();
            }
        });
        setOnMouseReleased(e -> {
            setCursor(Cursor.DEFAULT);
            drag.end();
        });
    }

    @Override
    protected void updateItem(BoardCard card, boolean empty) {
        super.updateItem(card, empty);
        box.getStyleClass().removeAll(PRIORITY_CLASSES);
        box.getStyleClass().removeAll(STEP_CLASSES);
        next.getStyleClass().removeAll(STEP_CLASSES);
        if (empty || card == null) {
            setGraphic(null);
            setTooltip(null);
            setId(null);
            return;
        }
        setId("card-" + card.orderNo());
        orderNo.setText(card.orderNo());
        customer.setText(card.customerName());
        title.setText(card.title());
        amount.setText(ctx.formats().money(card.amount(), card.currency()));
        owner.setText(card.ownerName());
        long d = StageTime.daysInStage(card.stageEnteredAt(), ctx.workspace().clock().instant(), ctx.formats().zone());
        days.setText(ctx.text("board.card.days", d));
        boolean stuck = StageTime.isStuck(d, idleDays);
        days.getStyleClass().remove("stuck");
        if (stuck) {
            days.getStyleClass().add("stuck");
        }
        Priority p = card.priority() == null ? Priority.NORMAL : card.priority();
        box.getStyleClass().add("priority-" + p.code());
        showNextStep(card);
        setGraphic(box);
    }

    private void showNextStep(BoardCard card) {
        NextStepState state = NextStepState.of(card.nextStep(), ctx.workspace().clock().instant(), ctx.formats().zone());
        String text = state == NextStepState.NONE ? ctx.text("board.card.noNextStep") : StepText.line(ctx, card.nextStep());
        next.setText(state == NextStepState.NONE ? text : "→ " + text);
        String styleClass = switch (state) {
            case NONE -> "no-next-step";
            case OPEN -> "next-open";
            case OVERDUE -> "next-overdue";
        };
        next.getStyleClass().add(styleClass);
        if (state == NextStepState.OVERDUE) {
            box.getStyleClass().add("next-overdue");
        }
        tooltip.setText(text + "\n" + ctx.text("board.card.hint", BoardView.LOG_FOLLOW_UP.getDisplayText()));
        setTooltip(tooltip);
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        return l;
    }
}
