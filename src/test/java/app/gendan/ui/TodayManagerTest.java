package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.DueGroup;
import app.gendan.domain.DueItem;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.Priority;
import app.gendan.domain.Role;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.User;
import app.gendan.testing.MutableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;

/** A manager's Today: their own steps first, any rep's or everyone's on request. */
class TodayManagerTest extends UiTestBase {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T06:03:00Z"), ZoneId.of("Asia/Shanghai"));
    private User lisi;
    private FollowUp mine;
    private FollowUp hers;

    @Override
    protected Clock clock() { return clock; }

    @Override
    protected Role role() { return Role.MANAGER; }

    @Override
    protected void seed() {
        lisi = ws.users().register("lisi", "Li Si", Role.REP);
        SalesOrder own = order("Alpha valves", customer("Acme Pumps"), "100", Priority.HIGH, me.id());
        SalesOrder theirs = order("Beta gears", customer("Huaxin Machinery"), "250", Priority.NORMAL, lisi.id());
        LocalDate lastWeek = LocalDate.of(2026, 11, 16);
        mine = step(own, "Confirm the drawing", lastWeek, me.id());
        hers = step(theirs, "Collect the deposit", lastWeek, lisi.id());
    }

    private FollowUp step(SalesOrder order, String action, LocalDate due, long owner) {
        return ws.followUps().log(new FollowUpDraft(0, order.id(), clock.instant(), FollowUpMethod.PHONE, "Called",
                null, null, action, due, null, owner));
    }

    private List<Long> overdue() {
        return fx(() -> main.todayView().shown(DueGroup.OVERDUE).stream().map(DueItem::followUpId).toList());
    }

    private void openToday() {
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> lookup("#todayTable").tryQuery().isPresent() && main.todayModel().loadsProperty().get() > 0
                && main.todayModel().scopes().size() == 3);
    }

    private void choose(String comboId, String text) {
        clickOn(comboId);
        waitUntil(() -> lookup(".combo-box-popup .list-cell").match(n -> n.isVisible()).match(LabeledMatchers.hasText(text))
                .tryQuery().isPresent());
        Node cell = lookup(".combo-box-popup .list-cell").match(n -> n.isVisible()).match(LabeledMatchers.hasText(text)).query();
        clickOn(cell);
    }

    @Test
    void aManagerSwitchesToARepAndToEveryoneToSeeTheirOverdueSteps() {
        openToday();
        assertThat(lookup("#todayScope").query().isVisible()).isTrue();
        assertThat(overdue()).containsExactly(mine.id());

        choose("#todayScope", "Li Si");
        waitUntil(() -> overdue().equals(List.of(hers.id())));
        assertThat(fx(() -> main.todayView().shown(DueGroup.OVERDUE).get(0).ownerName())).isEqualTo("Li Si");

        choose("#todayScope", messages.get("today.scope.everyone"));
        waitUntil(() -> overdue().size() == 2);
        assertThat(overdue()).containsExactlyInAnyOrder(mine.id(), hers.id());
    }

    @Test
    void aRepWhoJoinsWhileTodayIsOpenBecomesAChoice() {
        openToday();
        ws.users().register("wangwu", "Wang Wu", Role.REP);
        clickOn("#todayReload");
        waitUntil(() -> main.todayModel().scopes().size() == 4);
        choose("#todayScope", "Wang Wu");
        waitUntil(() -> main.todayModel().ownerId() != null && main.todayModel().ownerId() != me.id());
        assertThat(overdue()).isEmpty();
    }

    @Test
    void rHandsTheSelectedStepToAColleague() {
        openToday();
        waitUntil(() -> {
            lookup("#todayTable").query().requestFocus();
            return main.todayView().select(mine.id()) && lookup("#todayTable").query().isFocused();
        });
        type(KeyCode.R);
        waitUntil(() -> lookup("#reassignOwner").tryQuery().isPresent());
        choose("#reassignOwner", "Li Si");
        clickOn("#reassignOk");
        waitUntil(() -> overdue().isEmpty());
        assertThat(ws.followUps().get(mine.id()).nextStep().ownerId()).isEqualTo(lisi.id());
    }
}
