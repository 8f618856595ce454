package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.BoardCard;
import app.gendan.domain.Customer;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.NextStep;
import app.gendan.domain.SalesOrder;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board load carries each open order's next step: the open one that wants attention first. */
class BoardNextStepTest {
    @TempDir
    Path dir;

    TestWorkspace t;
    Customer customer;

    @BeforeEach
    void setUp() {
        t = TestWorkspace.create(dir); // now: 2026-11-20 14:03 in Shanghai
        customer = t.customer("华信机械");
    }

    @AfterEach
    void tearDown() {
        t.ws.close();
    }

    private FollowUp log(SalesOrder o, String action, LocalDate due, LocalTime time) {
        return t.ws.followUps().log(new FollowUpDraft(0, o.id(), t.clock.instant(), FollowUpMethod.PHONE, "电话",
                null, null, action, due, time, null));
    }

    private Map<Long, BoardCard> cards() {
        return t.ws.board().load(t.pipeline.id()).cards().stream()
                .collect(Collectors.toMap(BoardCard::orderId, c -> c));
    }

    @Test
    void eachCardCarriesItsSoonestOpenStep() {
        SalesOrder a = t.order("A", customer, "1");
        SalesOrder none = t.order("B", customer, "2");
        log(a, "发合同", LocalDate.of(2026, 11, 25), null);
        log(a, "报价", LocalDate.of(2026, 11, 21), LocalTime.of(10, 0));
        FollowUp earliest = log(a, "已经打过", LocalDate.of(2026, 11, 19), null);
        t.ws.followUps().complete(earliest.id(), earliest.version(), null);
        FollowUp deleted = log(none, "删掉的", LocalDate.of(2026, 11, 19), null);
        t.ws.followUps().delete(deleted.id(), deleted.version());
        t.ws.followUps().log(new FollowUpDraft(customer.id(), null, t.clock.instant(), FollowUpMethod.VISIT, "只记客户",
                null, null, "客户层面的下一步", LocalDate.of(2026, 11, 19), null, t.me.id()));

        Map<Long, BoardCard> cards = cards();
        NextStep step = cards.get(a.id()).nextStep();
        assertThat(step.action()).isEqualTo("报价");
        assertThat(step.dueAt()).isEqualTo(Instant.parse("2026-11-21T02:00:00Z"));
        assertThat(step.hasTime()).isTrue();
        assertThat(step.ownerId()).isEqualTo(t.me.id());
        assertThat(cards.get(none.id()).nextStep()).isNull();
    }

    @Test
    void aSnoozedStepYieldsToOneThatComesSooner() {
        SalesOrder a = t.order("A", customer, "1");
        FollowUp first = log(a, "报价", LocalDate.of(2026, 11, 21), LocalTime.of(9, 0));
        log(a, "回访", LocalDate.of(2026, 11, 22), LocalTime.of(9, 0));
        assertThat(cards().get(a.id()).nextStep().action()).isEqualTo("报价");

        t.ws.followUps().snooze(first.id(), first.version(), Instant.parse("2026-11-23T01:00:00Z"));
        NextStep step = cards().get(a.id()).nextStep();
        assertThat(step.action()).isEqualTo("回访");

        t.clock.advance(Duration.ofDays(3));
        assertThat(cards().get(a.id()).nextStep().action()).isEqualTo("回访");
    }
}
