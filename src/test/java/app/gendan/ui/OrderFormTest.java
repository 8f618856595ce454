package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.BoardCard;
import app.gendan.domain.Customer;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class OrderFormTest extends UiTestBase {
    private Customer acme;

    @Override
    protected void seed() {
        acme = customer("Acme Pumps");
        customer("Huaxin Machinery");
    }

    @Test
    void createsAnOrderThatAppearsOnTheBoardWithItsNumber() {
        clickOn("#newOrder");
        waitUntil(() -> lookup("#orderTitle").tryQuery().isPresent());
        clickOn("#orderCustomer");
        write("Acme");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#orderContact").tryQuery().isPresent()
                && ((javafx.scene.control.ComboBox<?>) lookup("#orderCustomer").query()).getValue() != null);
        clickOn("#orderTitle").write("Pumps for line 3");
        clickOn("#orderAmount").write("1234.5");
        clickOn("#orderSave");

        waitUntil(() -> orderNos(0).size() == 1);
        BoardCard card = fx(() -> column(0).getItems().get(0));
        assertThat(card.title()).isEqualTo("Pumps for line 3");
        assertThat(card.orderNo()).matches("SO-\\d{4}-000001");
        assertThat(card.customerId()).isEqualTo(acme.id());
        assertThat(ws.orders().get(card.orderId()).amount()).isEqualByComparingTo("1234.5");
        waitUntil(() -> lookup("#card-" + card.orderNo()).tryQuery().isPresent());
    }

    @Test
    void savingWithoutTitleShowsTheFieldMessageAndWritesNothing() {
        clickOn("#newOrder");
        waitUntil(() -> lookup("#orderTitle").tryQuery().isPresent());
        clickOn("#orderAmount").write("10");
        clickOn("#orderSave");

        waitUntil(() -> lookup("#error-title").queryAs(Label.class).isVisible());
        assertThat(lookup("#error-title").queryAs(Label.class).getText()).isEqualTo(messages.get("validation.required"));
        assertThat(lookup("#error-customer").queryAs(Label.class).getText()).isEqualTo(messages.get("validation.required"));
        assertThat(lookup("#error-amount").queryAs(Label.class).isVisible()).isFalse();
        assertThat(ws.board().load(pipeline.id()).cards()).isEmpty();
        assertThat(ws.customers().orders(acme.id())).isEmpty();
    }
}
