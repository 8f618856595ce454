package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Customer;
import app.gendan.domain.OrderDraft;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The conflict dialog in Chinese: labels from the form, dates and money in the Chinese formats. */
class ChineseConflictTest extends ConflictTestBase {
    private SalesOrder alpha;

    @Override
    protected Locale locale() { return Locale.SIMPLIFIED_CHINESE; }

    @Override
    protected void seed() {
        Customer acme = customer("华信精密机械");
        alpha = order("阀门 DN50", acme, "100", Priority.NORMAL, me.id());
    }

    @Test
    void aShipByDateBothChangedIsShownInTheUsersFormat() {
        LocalDate today = LocalDate.now(ws.clock());
        doubleClickOn("#card-" + alpha.orderNo());
        waitUntil(() -> lookup("#orderTitle").tryQuery().isPresent() && text("#orderTitle").equals("阀门 DN50"));
        SalesOrder now = colleague.orders().get(alpha.id());
        colleague.orders().update(now.id(), now.version(), now.draft().withShipBy(today.plusDays(20))
                .withAmount(new BigDecimal("1234.5")));

        // typed as ISO, which the date field also reads; leaving the field commits it
        retype("#orderShipBy .text-field", today.plusDays(10).toString());
        type(KeyCode.TAB);
        waitUntil(() -> today.plusDays(10).equals(lookup("#orderShipBy").queryAs(DatePicker.class).getValue()));
        clickOn("#orderSave");

        waitForConflictDialog();
        assertThat(cell("#theirs-shipBy")).isEqualTo(ctx.formats().date(today.plusDays(20)));
        assertThat(cell("#mine-shipBy")).isEqualTo(ctx.formats().date(today.plusDays(10)));
        assertThat(cell("#conflictTaken")).isEqualTo("只有同事改过、已直接采用的字段：金额。");
        clickOn("#conflictApply");

        waitUntil(() -> !note().isEmpty());
        assertThat(note()).isEqualTo(messages.get("merge.resolvedTaken", "金额"));
        assertThat(fx(() -> lookup("#orderAmount").queryAs(TextField.class).getText())).startsWith("1234.5");
        clickOn("#orderSave");
        waitUntil(() -> lookup("#orderForm").tryQuery().isEmpty());
        OrderDraft stored = colleague.orders().get(alpha.id()).draft();
        assertThat(stored.shipBy()).isEqualTo(today.plusDays(10));
        assertThat(stored.amount()).isEqualByComparingTo("1234.5");
    }
}
