package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.AlertKind;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.SalesOrder;
import app.gendan.testing.MutableClock;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReminderServiceTest {
    @TempDir
    Path dir;

    private static final Instant MONDAY_1403 = Instant.parse("2026-11-23T06:03:00Z"); // 14:03 in Shanghai

    private TestWorkspace open(MutableClock clock) {
        return TestWorkspace.create(dir, clock, Locale.SIMPLIFIED_CHINESE);
    }

    private static FollowUpDraft call(SalesOrder order, Instant at, LocalDate due, LocalTime time) {
        return new FollowUpDraft(0, order.id(), at, FollowUpMethod.PHONE, "电话沟通", null, null, "回电确认方案", due, time, null);
    }

    /** The issue's own story: tomorrow 10:00, app closed, reopened at 10:05, told once. */
    @Test
    void aStepThatFellDueWhileTheAppWasClosedIsToldOnceAtStartUpAndNeverAgain() {
        MutableClock clock = new MutableClock(MONDAY_1403, java.time.ZoneId.of("Asia/Shanghai"));
        long followUpId;
        try (TestWorkspace t = open(clock).closeable()) {
            SalesOrder order = t.order("光伏支架", t.customer("瑞丰新能源"), "88000");
            followUpId = t.ws.followUps().log(call(order, clock.instant(), LocalDate.of(2026, 11, 24), LocalTime.of(10, 0))).id();
            ReminderBatch today = t.ws.reminders().collect(t.me, closedUntil(clock.instant()));
            assertThat(today.fresh()).allMatch(r -> !r.isStep());
        }
        clock.set(Instant.parse("2026-11-24T02:05:00Z")); // Tuesday 10:05 in Shanghai
        Instant startedAt = clock.instant();
        try (TestWorkspace t = open(clock).closeable()) {
            ReminderBatch atStart = t.ws.reminders().collect(t.me, closedUntil(startedAt));
            assertThat(atStart.missed()).filteredOn(Reminder::isStep)
                    .extracting(r -> r.step().followUpId()).containsExactly(followUpId);
            assertThat(t.ws.reminders().collect(t.me, closedUntil(startedAt)).isEmpty()).isTrue();
        }
        try (TestWorkspace t = open(clock).closeable()) {
            assertThat(t.ws.reminders().collect(t.me, closedUntil(clock.instant())).isEmpty()).as("restart repeats nothing").isTrue();
        }
    }

    @Test
    void aTimedStepFiresTheLeadTimeBeforeItWhileTheAppRuns() {
        MutableClock clock = new MutableClock(MONDAY_1403, java.time.ZoneId.of("Asia/Shanghai"));
        try (TestWorkspace t = open(clock).closeable()) {
            Instant started = clock.instant();
            SalesOrder order = t.order("光伏支架", t.customer("瑞丰新能源"), "88000");
            t.ws.followUps().log(call(order, clock.instant(), LocalDate.of(2026, 11, 23), LocalTime.of(16, 0)));

            assertThat(t.ws.reminders().nextWake(t.me)).isEqualTo(Instant.parse("2026-11-23T07:45:00Z"));
            assertThat(steps(t.ws.reminders().collect(t.me, closedUntil(started)).fresh())).isEmpty();

            clock.set(Instant.parse("2026-11-23T07:45:00Z")); // 15:45, 15 minutes before
            assertThat(steps(t.ws.reminders().collect(t.me, closedUntil(started)).fresh())).hasSize(1);
            assertThat(steps(t.ws.reminders().collect(t.me, closedUntil(started)).fresh())).isEmpty();
        }
    }

    @Test
    void aMomentReachedBetweenALookAndThePlanningOfTheNextIsNotSleptPast() {
        MutableClock clock = new MutableClock(MONDAY_1403, java.time.ZoneId.of("Asia/Shanghai"));
        try (TestWorkspace t = open(clock).closeable()) {
            Instant started = clock.instant();
            SalesOrder order = t.order("光伏支架", t.customer("瑞丰新能源"), "88000");
            t.ws.followUps().log(call(order, clock.instant(), LocalDate.of(2026, 11, 23), LocalTime.of(16, 0)));
            Instant moment = Instant.parse("2026-11-23T07:45:00Z");

            clock.set(moment.minusMillis(1)); // the pass looks a millisecond early
            Instant lookedAt = clock.instant();
            assertThat(steps(t.ws.reminders().collect(t.me, closedUntil(started)).fresh())).isEmpty();
            clock.set(moment.plusMillis(20)); // and plans its sleep just after the moment
            assertThat(t.ws.reminders().nextWake(t.me)).as("counted from now, the moment is gone")
                    .isEqualTo(Instant.parse("2026-11-23T16:00:00Z"));
            assertThat(t.ws.reminders().nextWake(t.me, lookedAt)).as("counted from the look").isEqualTo(moment);
            assertThat(steps(t.ws.reminders().collect(t.me, closedUntil(started)).fresh())).hasSize(1);
        }
    }

    @Test
    void snoozingAStepRemindsAgainWhenTheSnoozeEnds() {
        MutableClock clock = new MutableClock(MONDAY_1403, java.time.ZoneId.of("Asia/Shanghai"));
        try (TestWorkspace t = open(clock).closeable()) {
            Instant started = clock.instant();
            SalesOrder order = t.order("光伏支架", t.customer("瑞丰新能源"), "88000");
            FollowUp f = t.ws.followUps().log(call(order, clock.instant(), LocalDate.of(2026, 11, 23), null));
            Reminder fired = steps(all(t.ws.reminders().collect(t.me, closedUntil(started)))).get(0);

            t.ws.followUps().snooze(f.id(), fired.step().version(), clock.instant().plus(Duration.ofHours(1)));
            assertThat(steps(t.ws.reminders().collect(t.me, closedUntil(started)).fresh())).isEmpty();
            assertThat(t.ws.reminders().nextWake(t.me)).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
            clock.advance(Duration.ofHours(1));
            assertThat(steps(t.ws.reminders().collect(t.me, closedUntil(started)).fresh())).hasSize(1);
        }
    }

    @Test
    void alertsNotifyOnceAndASnoozedOrDismissedAlertBehaves() {
        MutableClock clock = new MutableClock(MONDAY_1403, java.time.ZoneId.of("Asia/Shanghai"));
        try (TestWorkspace t = open(clock).closeable()) {
            Instant started = clock.instant();
            SalesOrder order = t.order("行车改造", t.customer("长江重工"), "500000");
            t.ws.followUps().log(call(order, clock.instant(), LocalDate.of(2026, 12, 30), null));
            clock.advance(Duration.ofDays(8));
            List<Reminder> alerts = all(t.ws.reminders().collect(t.me, closedUntil(started)));
            assertThat(alerts).extracting(r -> r.alert().kind()).containsExactly(AlertKind.STUCK);

            t.ws.reminders().snoozeAlert(t.me, alerts.get(0), clock.instant().plus(Duration.ofHours(2)));
            assertThat(t.ws.reminders().collect(t.me, closedUntil(started)).isEmpty()).isTrue();
            clock.advance(Duration.ofHours(2));
            List<Reminder> again = t.ws.reminders().collect(t.me, closedUntil(started)).fresh();
            assertThat(again).hasSize(1);
            t.ws.reminders().dismiss(t.me, again.get(0));
            clock.advance(Duration.ofHours(5));
            assertThat(t.ws.reminders().collect(t.me, closedUntil(started)).isEmpty()).isTrue();
        }
    }

    @Test
    void quietHoursHoldRemindersUntilTheyEndAndAlertKindsCanBeSwitchedOff() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T14:30:00Z"), java.time.ZoneId.of("Asia/Shanghai"));
        try (TestWorkspace t = open(clock).closeable()) { // 22:30 in Shanghai
            Instant started = clock.instant();
            t.ws.reminders().savePreferences(t.me.id(), new ReminderPreferences(Duration.ofMinutes(30),
                    LocalTime.of(22, 0), LocalTime.of(8, 0), EnumSet.of(AlertKind.LATE_PAYMENT)));
            SalesOrder order = t.order("光伏支架", t.customer("瑞丰新能源"), "88000");
            t.ws.followUps().log(call(order, clock.instant(), LocalDate.of(2026, 11, 23), null));

            assertThat(t.ws.reminders().collect(t.me, closedUntil(started)).isEmpty()).isTrue();
            assertThat(t.ws.reminders().nextWake(t.me)).isEqualTo(Instant.parse("2026-11-23T16:00:00Z")); // midnight
            clock.set(Instant.parse("2026-11-24T00:00:00Z")); // 08:00
            ReminderBatch morning = t.ws.reminders().collect(t.me, closedUntil(started));
            // due yesterday but written during this run: news, not something missed while closed
            assertThat(morning.missed()).isEmpty();
            assertThat(morning.fresh()).hasSize(1).allMatch(Reminder::isStep);
            assertThat(t.ws.reminders().preferences(t.me.id()).leadTime()).isEqualTo(Duration.ofMinutes(30));
        }
    }

    @Test
    void theSchedulerDeliversBatchesWithoutWaitingForRealTime() {
        MutableClock clock = new MutableClock(MONDAY_1403, java.time.ZoneId.of("Asia/Shanghai"));
        try (TestWorkspace t = open(clock).closeable()) {
            SalesOrder order = t.order("光伏支架", t.customer("瑞丰新能源"), "88000");
            t.ws.followUps().log(call(order, clock.instant(), LocalDate.of(2026, 11, 23), LocalTime.of(14, 0)));
            List<ReminderBatch> delivered = new ArrayList<>();
            try (ReminderScheduler scheduler = new ReminderScheduler(t.ws.reminders(), t.ws.users()::current, clock,
                    delivered::add)) {
                Instant next = scheduler.runOnce();
                assertThat(delivered).hasSize(1);
                assertThat(steps(all(delivered.get(0)))).hasSize(1);
                assertThat(next).isAfter(clock.instant());
                scheduler.runOnce();
                assertThat(delivered).hasSize(1);
            }
        }
    }

    /** A run that started at {@code startedAt} after Gendan had been closed since ever. */
    private static ReminderSession closedUntil(Instant startedAt) {
        return new ReminderSession(startedAt, Instant.EPOCH);
    }

    private static List<Reminder> all(ReminderBatch b) {
        List<Reminder> out = new ArrayList<>(b.missed());
        out.addAll(b.fresh());
        return out;
    }

    private static List<Reminder> steps(List<Reminder> rs) {
        return rs.stream().filter(Reminder::isStep).toList();
    }
}
