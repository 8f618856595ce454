package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Customer;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.User;
import app.gendan.domain.Role;
import app.gendan.service.HistoryLine;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class BoardViewTest extends UiTestBase {
    private SalesOrder alpha;
    private SalesOrder beta;
    private SalesOrder gamma;
    private User colleague;

    @Override
    protected void seed() {
        Customer acme = customer("Acme Pumps");
        Customer hx = customer("Huaxin Machinery");
        colleague = ws.users().register("lisi", "Li Si", Role.REP);
        alpha = order("Alpha valves", acme, "100", Priority.HIGH, me.id());
        beta = order("Beta gears", hx, "250.50", Priority.LOW, colleague.id());
        gamma = moveTo(order("Gamma motors", acme, "1000", Priority.NORMAL, me.id()), 1);
    }

    @Test
    void showsSeededOrdersInTheirColumnsWithCountAndTotal() {
        assertThat(orderNos(0)).containsExactlyInAnyOrder(alpha.orderNo(), beta.orderNo());
        assertThat(orderNos(1)).containsExactly(gamma.orderNo());
        assertThat(orderNos(2)).isEmpty();
        Label first = lookup("#column-summary-" + stages.get(0).id()).queryAs(Label.class);
        Label second = lookup("#column-summary-" + stages.get(1).id()).queryAs(Label.class);
        assertThat(first.getText()).isEqualTo("2 orders · 350.50");
        assertThat(second.getText()).isEqualTo("1 order · 1,000.00");
        assertThat(alpha.orderNo()).startsWith("SO-");
    }

    @Test
    void boardRendersInEnglish() {
        Label name = lookup("#column-name-" + stages.get(0).id()).queryAs(Label.class);
        assertThat(name.getText()).isEqualTo("Needs confirmed");
        assertThat(lookup("#newOrder").queryAs(Button.class).getText()).isEqualTo("New order");
    }

    @Test
    void draggingACardToTheNextColumnMovesTheOrder() {
        tickAll(alpha.id());
        drag("#card-" + alpha.orderNo()).dropTo("#column-" + stages.get(1).id());
        waitUntil(() -> orderNos(1).contains(alpha.orderNo()));
        assertStage(alpha, 1);
        assertThat(orderNos(0)).doesNotContain(alpha.orderNo());
        assertThat(ws.history().ofOrder(alpha.id(), messages)).map(HistoryLine::text)
                .anyMatch(t -> t.contains("moved Needs confirmed → Quotation"));
    }

    @Test
    void ctrlRightMovesTheSelectedCardAndCtrlLeftMovesItBack() {
        tickAll(alpha.id());
        clickOn("#card-" + alpha.orderNo());
        press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        waitUntil(() -> orderNos(1).contains(alpha.orderNo()));
        assertStage(alpha, 1);

        tickAll(alpha.id());
        // the moved card stays selected in its new column, so the next shortcut moves it again
        press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitUntil(() -> orderNos(0).contains(alpha.orderNo()));
        assertStage(alpha, 0);
    }

    @Test
    void unfinishedChecklistAsksBeforeMoving() {
        clickOn("#card-" + alpha.orderNo());
        press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#confirmCancel").tryQuery().isPresent());
        clickOn("#confirmCancel");
        waitUntil(() -> !main.board().viewModel().isMoving());
        assertStage(alpha, 0);
        assertThat(orderNos(0)).contains(alpha.orderNo());

        clickOn("#card-" + alpha.orderNo());
        press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#confirmOk").tryQuery().isPresent());
        clickOn("#confirmOk");
        waitUntil(() -> orderNos(1).contains(alpha.orderNo()));
        assertStage(alpha, 1);
    }

    @Test
    void filtersNarrowTheVisibleCards() {
        clickOn("#boardFilter").write("alpha");
        waitUntil(() -> orderNos(0).equals(java.util.List.of(alpha.orderNo())) && orderNos(1).isEmpty());

        fx(() -> {
            lookup("#boardFilter").queryTextInputControl().clear();
            return null;
        });
        waitUntil(() -> orderNos(0).size() == 2);

        clickOn("#ownerFilter");
        clickOn(messages.get("board.filter.mine"));
        waitUntil(() -> orderNos(0).equals(java.util.List.of(alpha.orderNo())) && orderNos(1).size() == 1);

        clickOn("#ownerFilter");
        clickOn(messages.get("board.filter.all"));
        clickOn("#priorityFilter");
        clickOn(messages.get("priority.low"));
        waitUntil(() -> orderNos(0).equals(java.util.List.of(beta.orderNo())) && orderNos(1).isEmpty());
    }

    /** The whole default pipeline on a 1280×800 window, each column's name readable in full. */
    @Test
    void allEightStagesFitA1280PixelWindow() {
        assertThat(fx(() -> main.root().getScene().getWindow().getWidth())).isEqualTo(1280);
        javafx.scene.control.ScrollPane scroll = lookup(".board-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        double viewportRight = fx(() -> scroll.localToScreen(scroll.getViewportBounds()).getMaxX());
        assertThat(stages).hasSize(8);
        for (var st : stages) {
            Label name = lookup("#column-name-" + st.id()).queryAs(Label.class);
            double right = fx(() -> name.getParent().getParent().localToScreen(name.getParent().getParent().getBoundsInLocal()).getMaxX());
            assertThat(right).as(st.name()).isLessThanOrEqualTo(viewportRight);
            assertThat(fx(() -> name.getHeight())).as(st.name() + " is not cut")
                    .isGreaterThanOrEqualTo(fx(() -> name.prefHeight(name.getWidth())) - 0.5);
        }
        assertThat(fx(() -> scroll.getHvalue() == 0 && columnsWidth() <= scroll.getViewportBounds().getWidth())).isTrue();
    }

    private double columnsWidth() {
        return lookup(".board-columns").query().getLayoutBounds().getWidth();
    }

    @Test
    void theSelectedNavigationButtonKeepsItsIconVisible() {
        javafx.scene.control.ToggleButton board = lookup("#navBoard").queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(fx(board::isSelected)).isTrue();
        var icon = (org.kordamp.ikonli.javafx.FontIcon) board.getGraphic();
        // painted like the button's text, not in the theme's colour for a strong accent background
        assertThat(fx(icon::getIconColor)).isEqualTo(fx(board::getTextFill));
    }
}
