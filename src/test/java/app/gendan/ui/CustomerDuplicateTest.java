package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Customer;
import org.junit.jupiter.api.Test;

class CustomerDuplicateTest extends UiTestBase {
    @Override
    protected void seed() {
        customer("上海华信精密机械有限公司");
    }

    @Test
    void warnsAboutTheSameNameAndCreatesOnlyWhenConfirmed() {
        clickOn("#navCustomers");
        waitUntil(() -> lookup("#customerList").queryListView().getItems().size() == 1);
        clickOn("#newCustomer");
        clickOn("#customerName").write("上海华信精密机械");
        clickOn("#customerSave");

        waitUntil(() -> lookup("#duplicateCancel").tryQuery().isPresent());
        clickOn("#duplicateCancel");
        assertThat(ws.customers().list(null, 10)).hasSize(1);

        clickOn("#customerSave");
        waitUntil(() -> lookup("#duplicateCreate").tryQuery().isPresent());
        clickOn("#duplicateCreate");
        waitUntil(() -> ws.customers().list(null, 10).size() == 2);
        assertThat(ws.customers().list(null, 10)).map(Customer::name).contains("上海华信精密机械");
    }
}
