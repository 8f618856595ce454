package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.BoardCard;
import app.gendan.domain.Customer;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Next steps on board cards, and logging a follow-up from a card. */
class FollowUpBoardTest extends UiTestBase {
    private SalesOrder quiet;
    private SalesOrder late;
    private SalesOrder planned;

    @Override
    protected void seed() {
        Customer acme = customer("Acme Pumps");
        quiet = order("Quiet valves", acme, "100", Priority.NORMAL, me.id());
        late = order("Late gears", acme, "200", Priority.NORMAL, me.id());
        planned = order("Planned motors", acme, "300", Priority.NORMAL, me.id());
        LocalDate today = LocalDate.now(ws.clock());
        logStep(late, "Chase the PO", today.minusDays(3), null);
        logStep(planned, "Send the contract", today.plusDays(5), LocalTime.of(10, 0));
    }

    private FollowUp logStep(SalesOrder o, String action, LocalDate due, LocalTime time) {
        return ws.followUps().log(new FollowUpDraft(0, o.id(), ws.clock().instant().minusSeconds(3600),
                FollowUpMethod.PHONE, "Called", null, null, action, due, time, null));
    }

    private Label nextStepLabel(SalesOrder o) {
        return lookup("#card-" + o.orderNo()).lookup(".card-next").queryAs(Label.class);
    }

    private BoardCard card(SalesOrder o) {
        return fx(() -> column(0).getItems().stream().filter(c -> c.orderId() == o.id()).findFirst().orElse(null));
    }

    /** Types into the form's window: it has the keyboard focus, though the robot last pointed at the board. */
    private void typeInForm(String text) {
        targetWindow(lookup("#followUpForm").query().getScene().getWindow());
        write(text);
    }

    @Test
    void logsAFollowUpFromACardWithTheKeyboardOnly() {
        assertThat(nextStepLabel(quiet).getText()).isEqualTo("No next step");
        clickOn("#card-" + quiet.orderNo());

        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> lookup("#followUpSummary").tryQuery().map(Node::isFocused).orElse(false));
        typeInForm("Called about the discount");
        press(KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT);
        type(KeyCode.ENTER);

        waitUntil(() -> lookup("#followUpForm").tryQuery().isEmpty());
        waitUntil(() -> card(quiet) != null && card(quiet).nextStep() != null);
        LocalDate tomorrow = LocalDate.now(ws.clock()).plusDays(1);
        FollowUp logged = ws.followUps().ofOrder(quiet.id()).get(0);
        assertThat(logged.summary()).isEqualTo("Called about the discount");
        assertThat(logged.nextStep().action()).isEqualTo("Follow up");
        assertThat(logged.nextStep().dueAt()).isEqualTo(tomorrow.atStartOfDay(ws.zone()).toInstant());
        assertThat(logged.nextStep().ownerId()).isEqualTo(me.id());
        waitUntil(() -> nextStepLabel(quiet).getText().equals("→ Follow up · " + ctx.formats().date(tomorrow)));
        assertThat(nextStepLabel(quiet).getStyleClass()).contains("next-open").doesNotContain("no-next-step");
    }

    @Test
    void escapeCancelsWithoutWriting() {
        clickOn("#card-" + quiet.orderNo());
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> lookup("#followUpSummary").tryQuery().map(Node::isFocused).orElse(false));
        typeInForm("Not saved");
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#followUpForm").tryQuery().isEmpty());
        assertThat(ws.followUps().ofOrder(quiet.id())).isEmpty();
    }

    @Test
    void anOverdueStepTurnsTheCardRedAndAnOrderWithoutOneIsFlagged() {
        Label overdue = nextStepLabel(late);
        assertThat(overdue.getText()).startsWith("→ Chase the PO · ");
        assertThat(overdue.getStyleClass()).contains("next-overdue");
        assertThat(lookup("#card-" + late.orderNo()).lookup(".order-card").query().getStyleClass()).contains("next-overdue");

        Label open = nextStepLabel(planned);
        assertThat(open.getText()).startsWith("→ Send the contract · ");
        assertThat(open.getStyleClass()).contains("next-open").doesNotContain("next-overdue");
        assertThat(lookup("#card-" + planned.orderNo()).lookup(".order-card").query().getStyleClass())
                .doesNotContain("next-overdue");

        Label none = nextStepLabel(quiet);
        assertThat(none.getText()).isEqualTo("No next step");
        assertThat(none.getStyleClass()).contains("no-next-step");
    }

    /** Picks from the open filter list, not the card label that reads the same ("No next step"). */
    private void chooseStepFilter(String key) {
        String text = messages.get(key);
        clickOn(lookup(".combo-box-popup .list-cell")
                .match(n -> text.equals(((javafx.scene.control.Labeled) n).getText()))
                .queryAs(javafx.scene.Node.class));
    }

    @Test
    void theNextStepFilterShowsOverdueOrUnplannedOrders() {
        clickOn("#stepFilter");
        chooseStepFilter("board.filter.steps.no_next_step");
        waitUntil(() -> orderNos(0).equals(java.util.List.of(quiet.orderNo())));

        clickOn("#stepFilter");
        chooseStepFilter("board.filter.steps.overdue");
        waitUntil(() -> orderNos(0).equals(java.util.List.of(late.orderNo())));

        clickOn("#stepFilter");
        chooseStepFilter("board.filter.steps.all");
        waitUntil(() -> orderNos(0).size() == 3);
    }

    @Test
    void theCardMenuAndTooltipNameTheShortcut() {
        Tooltip tip = fx(() -> lookup("#card-" + quiet.orderNo()).queryAs(javafx.scene.control.ListCell.class).getTooltip());
        assertThat(tip.getText()).contains("Ctrl+L");

        clickOn("#card-" + quiet.orderNo());
        press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        String item = messages.get("board.card.menu.logFollowUp");
        waitUntil(() -> lookup(item).tryQuery().isPresent());
        clickOn(item);
        waitUntil(() -> lookup("#followUpSummary").tryQuery().map(Node::isFocused).orElse(false));
        assertThat(lookup("#followUpAbout").queryAs(Label.class).getText()).contains(quiet.orderNo());
        typeInForm("Visited the plant");
        clickOn("#followUpSave");
        waitUntil(() -> lookup("#followUpForm").tryQuery().isEmpty());
        assertThat(ws.followUps().ofOrder(quiet.id())).extracting(FollowUp::summary).containsExactly("Visited the plant");
        assertThat(nextStepLabel(quiet).getText()).isEqualTo("No next step");
    }
}
