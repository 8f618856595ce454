package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Customer;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.SalesOrder;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An order's history tells what happened to its follow-ups too, in words. */
class FollowUpHistoryTest {
    @TempDir
    Path dir;

    TestWorkspace t;
    SalesOrder order;

    @BeforeEach
    void setUp() {
        t = TestWorkspace.create(dir, app.gendan.testing.MutableClock.at("2026-11-20T06:03:00Z"), Locale.ENGLISH);
        Customer c = t.customer("Acme Pumps");
        order = t.order("Pumps", c, "100");
    }

    @AfterEach
    void tearDown() {
        t.ws.close();
    }

    private FollowUpDraft draft(String summary, String action, LocalDate due, LocalTime time) {
        return new FollowUpDraft(0, order.id(), t.clock.instant(), FollowUpMethod.PHONE, summary, null, null, action,
                due, time, null);
    }

    private java.util.List<String> history() {
        return t.ws.history().ofOrder(order.id(), t.messages).stream().map(HistoryLine::text).toList();
    }

    @Test
    void editsDeletesDoneAndSnoozesOfFollowUpsShowInTheOrderHistory() {
        FollowUp f = t.ws.followUps().log(draft("Called about price", "Send quote", LocalDate.of(2026, 11, 21), null));
        t.clock.advance(Duration.ofMinutes(5));
        f = t.ws.followUps().update(f.id(), f.version(),
                draft("Called about the price", "Send quote", LocalDate.of(2026, 11, 21), LocalTime.of(10, 0)));
        t.clock.advance(Duration.ofMinutes(5));
        f = t.ws.followUps().snooze(f.id(), f.version(), java.time.Instant.parse("2026-11-21T06:00:00Z"));
        t.clock.advance(Duration.ofMinutes(5));
        f = t.ws.followUps().complete(f.id(), f.version(), draft("Quote sent", "Chase the PO", LocalDate.of(2026, 11, 24), null));
        t.clock.advance(Duration.ofMinutes(5));
        t.ws.followUps().delete(f.id(), f.version());

        assertThat(history()).containsSubsequence(
                "王五 deleted the follow-up \"Quote sent\", 2026-11-20 14:23",
                "王五 logged a follow-up: Quote sent, 2026-11-20 14:18",
                "王五 completed the step \"Send quote\", 2026-11-20 14:18",
                "王五 snoozed the next step until 2026-11-21 14:00, 2026-11-20 14:13",
                "王五 changed the follow-up's due: 2026-11-21 00:00 → 2026-11-21 10:00, 2026-11-20 14:08",
                "王五 logged a follow-up: Called about price, 2026-11-20 14:03");
        assertThat(history()).contains(
                "王五 changed the follow-up's summary: Called about price → Called about the price, 2026-11-20 14:08");
    }
}
