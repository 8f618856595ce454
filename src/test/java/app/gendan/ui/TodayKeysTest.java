package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Customer;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import app.gendan.testing.MutableClock;
import app.gendan.ui.today.TodayView;
import app.gendan.ui.today.TodayViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/** The Today keys reach the main window's actions: L opens the follow-up form, O opens the order or customer. */
class TodayKeysTest extends UiTestBase {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T06:03:00Z"), ZoneId.of("Asia/Shanghai"));
    private final List<String> asked = new ArrayList<>();
    private Customer acme;
    private SalesOrder valves;
    private FollowUp onOrder;
    private FollowUp onCustomer;
    private TodayView view;
    private Stage stage;

    @Override
    protected Clock clock() { return clock; }

    @Override
    protected void seed() {
        acme = customer("Acme Pumps");
        valves = order("Alpha valves", acme, "100", Priority.HIGH, me.id());
        LocalDate today = LocalDate.of(2026, 11, 23);
        onOrder = ws.followUps().log(new FollowUpDraft(0, valves.id(), clock.instant(), FollowUpMethod.VISIT, "Visited",
                null, null, "Send the samples", today, null, me.id()));
        onCustomer = ws.followUps().log(new FollowUpDraft(acme.id(), null, clock.instant(), FollowUpMethod.WECHAT, "Chatted",
                null, null, "Ask about next year", today, null, me.id()));
    }

    private void showRecordingView() {
        UiActions recording = new UiActions() {
            @Override public void openOrder(long orderId) { asked.add("order " + orderId); }

            @Override public void newOrder(Long customerId) { asked.add("new order"); }

            @Override public void openCustomer(long customerId) { asked.add("customer " + customerId); }

            @Override public void logFollowUp(long customerId, Long orderId) { asked.add("log " + customerId + " " + orderId); }

            @Override public void dataChanged(String entity) { asked.add("changed"); }
        };
        stage = fx(() -> {
            TodayViewModel vm = new TodayViewModel(ctx);
            view = new TodayView(ctx, recording, vm);
            vm.start();
            Stage s = new Stage();
            s.setScene(new Scene(view.root(), 1000, 600));
            s.show();
            s.toFront();
            return s;
        });
        waitUntil(() -> view.viewModel().loadsProperty().get() > 0);
    }

    private void select(FollowUp f) {
        waitUntil(() -> {
            stage.requestFocus();
            view.focus();
            return view.select(f.id()) && lookup("#todayTable").query().isFocused();
        });
    }

    @Test
    void lAsksForTheFollowUpFormOfTheStepsCustomerAndOrder() {
        showRecordingView();
        select(onOrder);
        type(KeyCode.L);
        waitUntil(() -> asked.contains("log " + acme.id() + " " + valves.id()));
        select(onCustomer);
        type(KeyCode.L);
        waitUntil(() -> asked.contains("log " + acme.id() + " null"));
    }

    @Test
    void oOpensTheOrderOrTheCustomerWhenTheStepHasNoOrder() {
        showRecordingView();
        select(onOrder);
        type(KeyCode.O);
        waitUntil(() -> asked.contains("order " + valves.id()));
        select(onCustomer);
        type(KeyCode.ENTER);
        waitUntil(() -> asked.contains("customer " + acme.id()));
    }

    @Test
    void dTellsTheMainWindowThatDataChanged() {
        showRecordingView();
        select(onOrder);
        type(KeyCode.D);
        waitUntil(() -> asked.contains("changed"));
        assertThat(ws.followUps().get(onOrder.id()).nextStep().doneAt()).isNotNull();
    }

    @Test
    void theContextMenuNamesTheKeys() {
        showRecordingView();
        select(onOrder);
        javafx.scene.Node row = lookup("#todayTable .tree-table-row-cell")
                .match(n -> n.isVisible() && ((javafx.scene.control.TreeTableRow<?>) n).isSelected()).queryAs(javafx.scene.Node.class);
        // a right-click raises no context-menu request in headless Monocle, so the request is sent as the OS would
        fx(() -> {
            javafx.geometry.Bounds b = row.localToScreen(row.getBoundsInLocal());
            javafx.event.Event.fireEvent(row, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 10, b.getMinX() + 20, b.getMinY() + 10,
                    false, null));
            return null;
        });
        waitUntil(() -> lookup("#todayMenuDone").tryQuery().isPresent());
        List<String> texts = fx(() -> ((javafx.scene.control.TreeTableView<?>) lookup("#todayTable").query())
                .getContextMenu().getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList());
        assertThat(texts).anyMatch(t -> t.startsWith("Done") && t.endsWith("D"))
                .anyMatch(t -> t.startsWith("Snooze") && t.endsWith("S"))
                .anyMatch(t -> t.startsWith("Log follow-up") && t.endsWith("L"))
                .anyMatch(t -> t.startsWith("Reassign") && t.endsWith("R"));
        clickOn("#todayMenuLog");
        waitUntil(() -> asked.contains("log " + acme.id() + " " + valves.id()));
    }
}
