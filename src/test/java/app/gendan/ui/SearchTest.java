package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Customer;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class SearchTest extends UiTestBase {
    private SalesOrder order;

    @Override
    protected void seed() {
        Customer c = customer("Huaxin Precision");
        order = order("Spindles", c, "500", Priority.NORMAL, me.id());
    }

    @Test
    void ctrlKFocusesSearchAndEnterOpensTheOrder() {
        clickOn("#boardFilter");
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> lookup("#globalSearch").queryAs(TextField.class).isFocused());
        write(order.orderNo());
        waitUntil(() -> lookup("#searchResults").tryQuery().isPresent()
                && !lookup("#searchResults").queryListView().getItems().isEmpty());
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#orderNo").tryQuery().isPresent() && lookup("#orderTitle").tryQuery().isPresent());
        assertThat(lookup("#orderNo").queryAs(Label.class).getText()).isEqualTo(order.orderNo());
        assertThat(lookup("#orderTitle").queryAs(TextField.class).getText()).isEqualTo("Spindles");
    }
}
