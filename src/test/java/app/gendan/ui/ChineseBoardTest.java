package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Customer;
import app.gendan.domain.Priority;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;

class ChineseBoardTest extends UiTestBase {
    @Override
    protected Locale locale() { return Locale.SIMPLIFIED_CHINESE; }

    @Override
    protected void seed() {
        Customer c = customer("苏州恒通电子科技有限公司");
        order("贴片机配件", c, "8800", Priority.HIGH, me.id());
    }

    @Test
    void boardRendersInChinese() {
        Label name = lookup("#column-name-" + stages.get(0).id()).queryAs(Label.class);
        assertThat(name.getText()).isEqualTo("需求确认");
        assertThat(lookup("#newOrder").queryAs(Button.class).getText()).isEqualTo("新建订单");
        assertThat(lookup("#navCustomers").queryAs(ToggleButton.class).getText()).isEqualTo("客户");
        Label summary = lookup("#column-summary-" + stages.get(0).id()).queryAs(Label.class);
        assertThat(summary.getText()).isEqualTo("1 单 · 8,800.00");
    }
}
