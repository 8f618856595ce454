package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.DueGroup;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import app.gendan.store.DatabaseUrl;
import app.gendan.testing.MutableClock;
import app.gendan.ui.notify.Reminders;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reminders on screen, driven by the scheduler's passes (runOnce) and a clock the test moves:
 * a popup fires once, also across a restart; its buttons work the step; what fell due while the
 * app was closed comes as one summary.
 */
class ReminderNotifierTest extends UiTestBase {
    /** Monday 23 November 2026, 14:03 in Shanghai: the app starts. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T06:03:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private final List<Reminders> started = new ArrayList<>();
    private SalesOrder order;

    @Override
    protected Clock clock() { return clock; }

    @Override
    protected void seed() {
        order = order("Alpha valves", customer("Acme Pumps"), "100", Priority.HIGH, me.id());
    }

    @AfterEach
    void closeReminders() {
        started.forEach(Reminders::close);
    }

    private FollowUp step(String action, LocalTime at) {
        return ws.followUps().log(new FollowUpDraft(0, order.id(), clock.instant(), FollowUpMethod.PHONE, "Called",
                null, null, action, MONDAY, at, me.id()));
    }

    /**
     * The reminders as the app wires them at sign-in (its thread not started: the test runs the
     * passes). The window is narrowed first: ControlsFX lets a popup at the right edge of a
     * screen-wide window hang a little past the screen, out of the robot's reach.
     */
    private Reminders appStarts() {
        fx(() -> {
            main.root().getScene().getWindow().setWidth(1000);
            return null;
        });
        Reminders r = fx(() -> Reminders.create(ctx, main, (Stage) main.root().getScene().getWindow()));
        started.add(r);
        return r;
    }

    private void pass(Reminders r) {
        r.scheduler().runOnce();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Popups slide in; a click aimed at a button still moving would land beside it. */
    private Set<Node> popups() {
        return lookup(".gendan-reminder").queryAll();
    }

    private Node popup(String action) {
        return popups().stream().filter(p -> from(p).lookup(".title").queryAll().stream()
                .anyMatch(t -> ((Labeled) t).getText().contains(action))).findFirst().orElseThrow();
    }

    /** A button of a popup, once the popup has finished sliding in (a moving target makes the robot miss). */
    private javafx.scene.control.Button button(String action, String styleClass) {
        javafx.scene.control.Button b = from(popup(action)).lookup(styleClass).queryButton();
        javafx.geometry.Bounds[] last = {null};
        waitUntil(() -> {
            javafx.geometry.Bounds now = b.localToScreen(b.getBoundsInLocal());
            double opacity = 1;
            for (Node n = b; n != null; n = n.getParent()) {
                opacity *= n.getOpacity();
            }
            boolean still = now != null && now.equals(last[0]) && opacity == 1.0;
            last[0] = now;
            return still;
        });
        return b;
    }

    /** The notification log of a step, oldest first (a snoozed step comes back under a new key). */
    private List<String> notificationStates(FollowUp f) {
        try (Connection c = DriverManager.getConnection(DatabaseUrl.forFile(dir.resolve("t.mv.db")), "sa", "");
             PreparedStatement s = c.prepareStatement("SELECT state FROM notification_log WHERE item_key LIKE ? ORDER BY id")) {
            s.setString(1, f.id() + ":%");
            List<String> states = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    states.add(rs.getString(1));
                }
            }
            return states;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aStepWrittenAlreadyDueIsAPopupNotSomethingMissedWhileClosed() {
        // Gendan ran this morning; at 14:03 a step due at 14:10 is written, inside its 15 minutes' lead
        Instant opened = clock.instant();
        clock.set(Instant.parse("2026-11-23T00:00:00Z"));
        ws.reminders().collect(me, ws.reminders().startSession(me));
        clock.set(opened);
        Reminders running = appStarts();
        pass(running);
        step("Call back now", LocalTime.of(14, 10));
        running.wake();
        pass(running);
        waitUntil(() -> popups().size() == 1);
        assertThat(lookup("#missedSummary").tryQuery()).isEmpty();
    }

    @Test
    void aDueStepPopsUpOnceAndItsDoneButtonCompletesIt() {
        FollowUp call = step("Call about the drawing", LocalTime.of(14, 30));
        Reminders running = appStarts();
        pass(running);
        assertThat(popups()).as("14:30 with 15 minutes lead: not yet").isEmpty();

        clock.set(Instant.parse("2026-11-23T06:15:00Z")); // 14:15
        pass(running);
        waitUntil(() -> popups().size() == 1);
        assertThat(from(popup("Call about the drawing")).lookup(".label").queryAll())
                .anyMatch(l -> ((Labeled) l).getText() != null && ((Labeled) l).getText().contains("Acme Pumps"));

        pass(running);
        assertThat(popups()).as("a second pass repeats nothing").hasSize(1);
        pass(appStarts());
        assertThat(popups()).as("nor does a restart").hasSize(1);
        assertThat(lookup("#missedSummary").tryQuery()).isEmpty();

        clickOn(button("Call about the drawing", ".reminder-done"));
        waitUntil(() -> ws.followUps().get(call.id()).nextStep().doneAt() != null);
        waitUntil(() -> popups().isEmpty());
    }

    @Test
    void snoozeBringsItBackAnHourLaterAndClosingItRecordsADismissal() {
        FollowUp call = step("Call about the drawing", LocalTime.of(14, 20));
        Reminders running = appStarts();
        clock.set(Instant.parse("2026-11-23T06:05:00Z")); // 14:05
        pass(running);
        waitUntil(() -> popups().size() == 1);
        assertThat(notificationStates(call)).containsExactly("fired");

        clickOn(button("Call about the drawing", ".reminder-snooze"));
        waitUntil(() -> ws.followUps().get(call.id()).nextStep().snoozedUntil() != null);
        assertThat(ws.followUps().get(call.id()).nextStep().snoozedUntil()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        waitUntil(() -> popups().isEmpty());

        clock.advance(Duration.ofMinutes(59));
        pass(running);
        assertThat(popups()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        pass(running);
        waitUntil(() -> popups().size() == 1);

        clickOn(button("Call about the drawing", ".close-button"));
        waitUntil(() -> notificationStates(call).equals(List.of("fired", "dismissed")));
        waitUntil(() -> popups().isEmpty());
        assertThat(ws.followUps().get(call.id()).nextStep().isOpen()).as("dismissing leaves the step open").isTrue();
    }

    @Test
    void whatFellDueWhileClosedIsOneSummaryThatLeadsToToday() {
        // 08:30: the steps are written while Gendan runs; then it is closed until 14:03
        Instant opened = clock.instant();
        clock.set(Instant.parse("2026-11-23T00:30:00Z"));
        step("Morning call", LocalTime.of(10, 0));
        step("Lunch visit", LocalTime.of(12, 30));
        ws.reminders().collect(me, ws.reminders().startSession(me));
        clock.set(opened);
        Reminders running = appStarts();
        pass(running);
        waitUntil(() -> lookup("#missedSummary").tryQuery().isPresent());
        assertThat(popups()).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> lines = fx(() -> List.copyOf(((javafx.scene.control.ListView<String>) lookup("#missedList").query()).getItems()));
        assertThat(lines).hasSize(2).anyMatch(l -> l.contains("Morning call")).anyMatch(l -> l.contains("Lunch visit"));

        pass(running);
        assertThat(lookup("#missedSummary").queryAll()).hasSize(1);

        clickOn("#missedOpenToday");
        waitUntil(() -> lookup("#todayTable").tryQuery().isPresent() && lookup("#missedSummary").tryQuery().isEmpty());
        waitUntil(() -> main.todayView().shown(DueGroup.OVERDUE).size() == 2);
    }
}
