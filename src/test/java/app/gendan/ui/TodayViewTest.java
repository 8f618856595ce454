package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.AlertKind;
import app.gendan.domain.Customer;
import app.gendan.domain.DueGroup;
import app.gendan.domain.DueItem;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.OrderAlert;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import app.gendan.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class TodayViewTest extends UiTestBase {
    /** Monday 23 November 2026, 14:03 in Shanghai. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T06:03:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private Customer acme;
    private SalesOrder valves;
    private SalesOrder gears;
    private FollowUp callBack;
    private FollowUp quote;
    private FollowUp late;

    @Override
    protected Clock clock() { return clock; }

    @Override
    protected void seed() {
        acme = customer("Acme Pumps");
        valves = order("Alpha valves", acme, "100", Priority.HIGH, me.id());
        gears = order("Beta gears", customer("Huaxin Machinery"), "250", Priority.NORMAL, me.id());
        callBack = step(valves, "Call back about the price", MONDAY, null);
        quote = step(gears, "Send the revised quote", MONDAY.plusDays(1), LocalTime.of(10, 0));
        late = step(gears, "Chase the deposit", MONDAY.minusDays(2), null);
    }

    private FollowUp step(SalesOrder order, String action, LocalDate due, LocalTime time) {
        return ws.followUps().log(new FollowUpDraft(0, order.id(), clock.instant(), FollowUpMethod.PHONE, "Called",
                null, null, action, due, time, me.id()));
    }

    private void openToday() {
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> lookup("#todayTable").tryQuery().isPresent() && main.todayModel().loadsProperty().get() > 0);
    }

    private List<Long> shown(DueGroup group) {
        return fx(() -> main.todayView().shown(group).stream().map(DueItem::followUpId).toList());
    }

    private void select(FollowUp f) {
        waitUntil(() -> {
            lookup("#todayTable").query().requestFocus();
            return main.todayView().select(f.id()) && lookup("#todayTable").query().isFocused();
        });
    }

    private int reloads() {
        return fx(() -> main.todayModel().loadsProperty().get());
    }

    @Test
    void stepsAppearUnderTheirGroupsWithTheKeysShown() {
        openToday();
        assertThat(shown(DueGroup.OVERDUE)).containsExactly(late.id());
        assertThat(shown(DueGroup.TODAY)).containsExactly(callBack.id());
        assertThat(shown(DueGroup.UPCOMING)).containsExactly(quote.id());
        assertThat(lookup("#todayHint").queryAs(Label.class).getText()).contains("D done").contains("S snooze");
        assertThat(lookup("#todayScope").query().isVisible()).as("a rep sees only their own steps").isFalse();
        assertThat(lookup("#navToday").queryLabeled().getText()).isEqualTo("Today (1 overdue)");
        // the board stays the start page; Ctrl+2 goes back to it
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> lookup("#column-" + stages.get(0).id()).tryQuery().isPresent());
    }

    @Test
    void theOverdueColumnSaysHowLongAgoAlsoForAStepDueEarlierToday() {
        openToday();
        DueItem twoDays = fx(() -> main.todayView().shown(DueGroup.OVERDUE).get(0));
        assertThat(app.gendan.ui.today.DueTexts.daysOverdue(ctx, twoDays)).isEqualTo("2 days");
        var noon = new app.gendan.domain.NextStep("Call at noon", Instant.parse("2026-11-23T04:00:00Z"), true, me.id(), null, null);
        var earlierToday = new DueItem(1, 0, acme.id(), "Acme Pumps", null, null, null, noon, "Tess Ter",
                app.gendan.domain.DueRules.group(noon, clock.instant(), clock.getZone(), 7), 0);
        assertThat(earlierToday.group()).isEqualTo(DueGroup.OVERDUE);
        assertThat(app.gendan.ui.today.DueTexts.daysOverdue(ctx, earlierToday)).isEqualTo("2 hours");
        assertThat(app.gendan.ui.today.DueTexts.daysOverdue(ctx, fx(() -> main.todayView().shown(DueGroup.TODAY).get(0))))
                .isEmpty();
    }

    @Test
    void aStepDueTodayBecomesOverdueWhenTheClockPassesMidnight() {
        openToday();
        assertThat(shown(DueGroup.TODAY)).containsExactly(callBack.id());
        assertThat(fx(() -> main.todayModel().checkDay())).as("same day: nothing to reload").isFalse();

        clock.advance(Duration.ofHours(10)); // Tuesday 00:03
        int before = reloads();
        assertThat(fx(() -> main.todayModel().checkDay())).isTrue();
        waitUntil(() -> main.todayModel().loadsProperty().get() > before);
        assertThat(shown(DueGroup.OVERDUE)).containsExactly(late.id(), callBack.id());
        assertThat(shown(DueGroup.TODAY)).containsExactly(quote.id());
        assertThat(fx(() -> main.todayView().shown(DueGroup.OVERDUE).get(1).daysOverdue())).isEqualTo(1);
    }

    @Test
    void dMarksTheSelectedStepDoneAndTheBoardReloads() {
        openToday();
        AtomicInteger boardModels = new AtomicInteger();
        fx(() -> {
            // a new board model arrives on every reload, even when the cards look the same
            main.board().viewModel().modelProperty().addListener((javafx.beans.InvalidationListener) o -> boardModels.incrementAndGet());
            return null;
        });
        select(callBack);
        type(KeyCode.D);
        waitUntil(() -> !main.todayView().shown(DueGroup.TODAY).stream().anyMatch(i -> i.followUpId() == callBack.id()));
        assertThat(ws.followUps().get(callBack.id()).nextStep().doneAt()).isNotNull();
        waitUntil(() -> boardModels.get() > 0);
        // the order has no open step any more, which is itself an alert
        waitUntil(() -> alerts().stream().anyMatch(a -> a.kind() == AlertKind.NO_NEXT_STEP && a.orderId() == valves.id()));
    }

    @SuppressWarnings("unchecked")
    private List<OrderAlert> alerts() {
        return fx(() -> List.copyOf(((TableView<OrderAlert>) lookup("#alertTable").query()).getItems()));
    }

    @Test
    void sThenEnterSnoozesTheOverdueStepForAnHour() {
        openToday();
        select(late);
        type(KeyCode.S);
        waitUntil(() -> lookup("#snoozeHour").tryQuery().isPresent());
        type(KeyCode.ENTER);
        waitUntil(() -> shown(DueGroup.TODAY).contains(late.id()));
        assertThat(shown(DueGroup.OVERDUE)).isEmpty();
        assertThat(ws.followUps().get(late.id()).nextStep().snoozedUntil()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
    }

    @Test
    void snoozingUntilTomorrowMorningMovesTheStepToTheNextDays() {
        openToday();
        select(callBack);
        type(KeyCode.S);
        waitUntil(() -> lookup("#snoozeTomorrow").tryQuery().isPresent());
        type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> shown(DueGroup.UPCOMING).contains(callBack.id()));
        assertThat(ws.followUps().get(callBack.id()).nextStep().snoozedUntil())
                .isEqualTo(Instant.parse("2026-11-24T01:00:00Z")); // 09:00 in Shanghai
    }

    @Test
    void snoozingToAChosenDayBringsTheStepBackThatMorning() {
        openToday();
        select(late);
        type(KeyCode.S);
        waitUntil(() -> lookup("#snoozeDate").tryQuery().isPresent());
        type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> lookup("#snoozeDateDialog").tryQuery().isPresent());
        javafx.scene.control.TextField editor = lookup("#snoozeDateDialog .date-picker").queryAs(javafx.scene.control.DatePicker.class).getEditor();
        clickOn(editor);
        fx(() -> {
            editor.clear();
            return null;
        });
        write("2026-11-27");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#snoozeDateDialog").tryQuery().isEmpty());
        waitUntil(() -> shown(DueGroup.UPCOMING).contains(late.id()));
        assertThat(ws.followUps().get(late.id()).nextStep().snoozedUntil())
                .isEqualTo(Instant.parse("2026-11-27T01:00:00Z")); // Friday 09:00 in Shanghai
    }

    @Test
    void enterOpensTheOrderOfTheSelectedStep() {
        openToday();
        select(quote);
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#orderTitle").tryQuery().isPresent());
        assertThat(lookup("#orderTitle").queryTextInputControl().getText()).isEqualTo("Beta gears");
    }

    @Test
    void theAlertsListShowsAStuckOrderUntilItMovesOn() {
        openToday();
        assertThat(alerts()).noneMatch(a -> a.kind() == AlertKind.STUCK);
        Integer idle = stages.get(0).idleDays();
        clock.advance(Duration.ofDays((idle == null ? 7 : idle) + 1));
        int before = reloads();
        fx(() -> {
            main.dataChanged();
            return null;
        });
        waitUntil(() -> main.todayModel().loadsProperty().get() > before);
        assertThat(alerts()).filteredOn(a -> a.kind() == AlertKind.STUCK).extracting(OrderAlert::orderId)
                .contains(valves.id(), gears.id());
        assertThat(lookup("#alertsTitle").queryAs(Label.class).getText()).startsWith("Order alerts (");

        tickAll(valves.id());
        moveTo(valves, 1);
        int again = reloads();
        fx(() -> {
            main.dataChanged();
            return null;
        });
        waitUntil(() -> main.todayModel().loadsProperty().get() > again);
        assertThat(alerts()).filteredOn(a -> a.kind() == AlertKind.STUCK).extracting(OrderAlert::orderId)
                .containsExactly(gears.id());

        // Enter on an alert opens its order: click the row showing the gears alert (the table keeps spare
        // rows, some still holding an old alert, so the row is found by what it shows), then Enter
        waitUntil(() -> lookup("#alertTable .table-row-cell").match(n -> n.isVisible()
                && ((javafx.scene.control.TableRow<?>) n).getItem() instanceof OrderAlert a
                && a.orderId() == gears.id()).tryQuery().isPresent());
        clickUntil(() -> lookup("#alertTable .table-row-cell").match(n -> n.isVisible()
                && ((javafx.scene.control.TableRow<?>) n).getItem() instanceof OrderAlert a
                && a.orderId() == gears.id()).queryAs(javafx.scene.Node.class),
                () -> lookup("#alertTable").query().isFocused()
                        && ((TableView<?>) lookup("#alertTable").query()).getSelectionModel().getSelectedItem() != null);
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#orderTitle").tryQuery().isPresent());
        assertThat(lookup("#orderTitle").queryTextInputControl().getText()).isEqualTo("Beta gears");
    }
}
