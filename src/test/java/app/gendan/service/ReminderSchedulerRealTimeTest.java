package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.SalesOrder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduler's own thread on the real clock: a step's reminder arrives within 5 seconds of its
 * moment (due − lead time), with nobody touching anything; and a step written inside its lead
 * time is told at once.
 */
class ReminderSchedulerRealTimeTest {
    @TempDir
    Path dir;

    @Test
    void aReminderArrivesWithinFiveSecondsOfItsMomentOnTheRealClock() throws Exception {
        Clock clock = Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
        try (Workspace ws = Workspace.open(dir.resolve("gendan.mv.db"), clock)) {
            var me = ws.users().register("wangwu", "王五", app.gendan.domain.Role.REP);
            ws.users().signIn("wangwu");
            var pipeline = ws.pipelines().ensureDefault(new app.gendan.domain.i18n.Messages(Locale.SIMPLIFIED_CHINESE));
            var customer = ws.customers().create(app.gendan.domain.CustomerDraft.named("瑞丰新能源"), java.util.List.of(), true);
            SalesOrder order = ws.orders().create(pipeline.id(), app.gendan.domain.OrderDraft.of("光伏支架", customer.id(),
                    me.id(), new java.math.BigDecimal("88000"), java.time.LocalDate.now(clock)));
            LinkedBlockingQueue<Instant> arrivals = new LinkedBlockingQueue<>();
            try (ReminderScheduler scheduler = new ReminderScheduler(ws.reminders(), ws.users()::current, clock,
                    batch -> batch.fresh().stream().filter(Reminder::isStep).forEach(r -> arrivals.add(Instant.now())))) {
                scheduler.start();
                // its moment 8 s from now: due then plus the 15 minutes' lead
                ZonedDateTime due = ZonedDateTime.now(clock).plusSeconds(8).withNano(0).plusMinutes(15);
                Instant moment = due.minusMinutes(15).toInstant();
                ws.followUps().log(new FollowUpDraft(0, order.id(), Instant.now(), FollowUpMethod.PHONE, "电话沟通", null,
                        null, "回电确认方案", due.toLocalDate(), due.toLocalTime(), null));
                scheduler.wake();
                assertThat(arrivals.poll(2, TimeUnit.SECONDS)).as("nothing before its moment").isNull();

                Instant arrived = arrivals.poll(Duration.between(Instant.now(), moment).toMillis() + 5_000, TimeUnit.MILLISECONDS);
                assertThat(arrived).as("told within 5 s of %s", moment).isNotNull();
                assertThat(Duration.between(moment, arrived)).isBetween(Duration.ZERO, Duration.ofSeconds(5));

                // written already inside its lead time: told at once
                ZonedDateTime soon = ZonedDateTime.now(clock).plusMinutes(5);
                ws.followUps().log(new FollowUpDraft(0, order.id(), Instant.now(), FollowUpMethod.PHONE, "电话沟通", null,
                        null, "马上回电", soon.toLocalDate(), soon.toLocalTime().withNano(0), null));
                Instant written = Instant.now();
                scheduler.wake();
                Instant told = arrivals.poll(5, TimeUnit.SECONDS);
                assertThat(told).isNotNull();
                assertThat(Duration.between(written, told)).isLessThan(Duration.ofSeconds(5));
            }
        }
    }
}
