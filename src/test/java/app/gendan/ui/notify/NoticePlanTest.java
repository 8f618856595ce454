package app.gendan.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.AlertKind;
import app.gendan.domain.OrderAlert;
import app.gendan.service.Reminder;
import app.gendan.service.ReminderBatch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NoticePlanTest {
    private static Reminder alert(int n) {
        OrderAlert a = new OrderAlert(AlertKind.STUCK, n, "SO-" + n, "Order " + n, "Customer " + n, 1, "Tess",
                LocalDate.of(2026, 11, 1), 22);
        return new Reminder(Reminder.ALERT, a.key(), Instant.parse("2026-11-23T00:00:00Z"), null, a);
    }

    private static List<Reminder> alerts(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(NoticePlanTest::alert).toList();
    }

    @Test
    void freshRemindersPopUpOneEachWhileTheWindowIsInFront() {
        NoticePlan plan = NoticePlan.of(new ReminderBatch(List.of(), alerts(2)), true);
        assertThat(plan.popups()).hasSize(2);
        assertThat(plan.summary()).isEmpty();
        assertThat(plan.grouped()).isEmpty();
        assertThat(plan.osNotice()).isFalse();
    }

    @Test
    void theWindowInTheBackgroundOrMinimisedAlsoGetsAnOsNotification() {
        assertThat(NoticePlan.of(new ReminderBatch(List.of(), alerts(1)), false).osNotice()).isTrue();
        assertThat(NoticePlan.of(new ReminderBatch(alerts(1), List.of()), false).osNotice()).isTrue();
        assertThat(NoticePlan.of(new ReminderBatch(List.of(), List.of()), false).osNotice()).as("nothing to tell").isFalse();
    }

    @Test
    void whatFellDueWhileClosedIsOneSummaryNotPopups() {
        NoticePlan plan = NoticePlan.of(new ReminderBatch(alerts(5), alerts(1)), true);
        assertThat(plan.summary()).hasSize(5);
        assertThat(plan.popups()).hasSize(1);
    }

    @Test
    void moreThanThreeAtOnceBecomeOneGroupedPopup() {
        NoticePlan three = NoticePlan.of(new ReminderBatch(List.of(), alerts(NoticePlan.MAX_POPUPS)), true);
        assertThat(three.popups()).hasSize(3);
        assertThat(three.grouped()).isEmpty();
        NoticePlan four = NoticePlan.of(new ReminderBatch(List.of(), alerts(NoticePlan.MAX_POPUPS + 1)), true);
        assertThat(four.popups()).isEmpty();
        assertThat(four.grouped()).hasSize(4);
        assertThat(NoticePlan.of(new ReminderBatch(List.of(), List.of()), true).isEmpty()).isTrue();
    }
}
