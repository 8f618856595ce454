package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Customer;
import app.gendan.domain.OrderDraft;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;

/** The order form when a colleague saved the same order after it was opened. */
class OrderConflictTest extends ConflictTestBase {
    private SalesOrder alpha;

    @Override
    protected void seed() {
        Customer acme = customer("Acme Pumps");
        alpha = order("Alpha valves", acme, "100", Priority.NORMAL, me.id());
    }

    private void openAlpha() {
        doubleClickOn("#card-" + alpha.orderNo());
        waitUntil(() -> lookup("#orderTitle").tryQuery().isPresent() && text("#orderTitle").equals("Alpha valves"));
    }

    /** The colleague opens the order as it is now and saves it with {@code change}. */
    private void colleagueSaves(UnaryOperator<OrderDraft> change) {
        SalesOrder now = colleague.orders().get(alpha.id());
        colleague.orders().update(now.id(), now.version(), change.apply(now.draft()));
    }

    private static OrderDraft withNotes(OrderDraft d, String notes) {
        return new OrderDraft(d.title(), d.customerId(), d.contactId(), d.ownerId(), d.priority(), d.amount(),
                d.currency(), d.orderDate(), d.expectedClose(), d.promisedDelivery(), d.shipBy(), d.paymentDue(),
                d.quoteExpires(), d.contractExpires(), d.status(), d.lostReason(), notes, d.lines());
    }

    /** The order as stored, read through the colleague's own connection. */
    private SalesOrder stored() {
        return colleague.orders().get(alpha.id());
    }

    private void saveAndWaitForClose() {
        clickOn("#orderSave");
        waitUntil(() -> lookup("#orderForm").tryQuery().isEmpty());
    }

    private void choosePriority(String label) {
        clickOn("#orderPriority");
        waitUntil(() -> lookup(".list-cell").match(n -> n instanceof ListCell<?> c && label.equals(c.getText())).tryQuery().isPresent());
        clickOn(lookup(".list-cell").match(n -> n instanceof ListCell<?> c && label.equals(c.getText())).<Node>query());
        waitUntil(() -> fx(() -> lookup("#orderPriority").queryAs(ComboBox.class).getValue()) == Priority.HIGH);
    }

    @Test
    void aColleaguesChangeToAnotherFieldIsTakenInAndTheNextSaveStoresBoth() {
        openAlpha();
        LocalDate shipBy = LocalDate.now(ws.clock()).plusDays(14);
        colleagueSaves(d -> d.withShipBy(shipBy));

        retype("#orderTitle", "Alpha valves DN80");
        clickOn("#orderSave");

        waitUntil(() -> !note().isEmpty());
        assertThat(note()).isEqualTo(messages.get("merge.taken", messages.get("order.field.shipBy")));
        assertThat(fx(() -> lookup("#orderShipBy").queryAs(DatePicker.class).getValue())).isEqualTo(shipBy);
        assertThat(text("#orderTitle")).isEqualTo("Alpha valves DN80");
        assertThat(lookup("#conflictDialog").tryQuery()).isEmpty();
        assertThat(stored().title()).as("nothing saved before the user says so").isEqualTo("Alpha valves");

        saveAndWaitForClose();
        assertThat(stored().title()).isEqualTo("Alpha valves DN80");
        assertThat(stored().draft().shipBy()).isEqualTo(shipBy);
    }

    @Test
    void fieldsBothChangedAreAskedAboutOneByOneAndTheChoicesAreSaved() {
        openAlpha();
        colleagueSaves(d -> withNotes(d.withTitle("Alpha valves DN50").withAmount(new BigDecimal("150")),
                "Call before delivery"));

        retype("#orderTitle", "Alpha valves DN80");
        retype("#orderAmount", "200");
        choosePriority(messages.get("priority.high"));
        clickOn("#orderSave");

        waitForConflictDialog();
        assertThat(cell("#theirs-title")).isEqualTo("Alpha valves DN50");
        assertThat(cell("#mine-title")).isEqualTo("Alpha valves DN80");
        assertThat(cell("#theirs-amount")).isEqualTo(ctx.formats().money(new BigDecimal("150"), "CNY"));
        assertThat(cell("#mine-amount")).isEqualTo(ctx.formats().money(new BigDecimal("200"), "CNY"));
        assertThat(lookup("#conflictDialog").lookup("#mine-priority").tryQuery()).as("only I changed it").isEmpty();
        assertThat(cell("#conflictTaken")).isEqualTo(messages.get("merge.dialog.taken", messages.get("order.field.notes")));
        clickOn("#takeTheirs-amount");
        clickOn("#conflictApply");

        waitUntil(() -> !note().isEmpty());
        assertThat(note()).isEqualTo(messages.get("merge.resolvedTaken", messages.get("order.field.notes")));
        assertThat(text("#orderTitle")).isEqualTo("Alpha valves DN80");
        assertThat(new BigDecimal(text("#orderAmount"))).isEqualByComparingTo("150");
        assertThat(fx(() -> lookup("#orderNotes").queryAs(TextArea.class).getText())).isEqualTo("Call before delivery");
        assertThat(stored().title()).isEqualTo("Alpha valves DN50");

        saveAndWaitForClose();
        SalesOrder saved = stored();
        assertThat(saved.title()).isEqualTo("Alpha valves DN80");
        assertThat(saved.amount()).isEqualByComparingTo("150");
        assertThat(saved.draft().notes()).isEqualTo("Call before delivery");
        assertThat(saved.priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void cancelKeepsWhatWasTypedAndSavingAgainAsksAgain() {
        openAlpha();
        colleagueSaves(d -> d.withTitle("Alpha valves DN50"));

        retype("#orderTitle", "Alpha valves DN80, two pallets");
        clickOn("#orderSave");
        waitForConflictDialog();
        clickOn("#conflictCancel");

        waitUntil(() -> !note().isEmpty());
        assertThat(note()).isEqualTo(messages.get("merge.cancelled"));
        assertThat(text("#orderTitle")).isEqualTo("Alpha valves DN80, two pallets");
        assertThat(stored().title()).isEqualTo("Alpha valves DN50");

        clickOn("#orderSave");
        waitForConflictDialog();
        clickOn("#takeTheirs-title");
        clickOn("#conflictApply");
        waitUntil(() -> text("#orderTitle").equals("Alpha valves DN50"));
        saveAndWaitForClose();
        assertThat(stored().title()).isEqualTo("Alpha valves DN50");
    }
}
