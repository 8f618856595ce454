package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.AlertKind;
import app.gendan.domain.Customer;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.OrderAlert;
import app.gendan.domain.SalesOrder;
import app.gendan.testing.TestWorkspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each alert appears when its cause arises and disappears when the cause is fixed. */
class AlertServiceTest {
    @TempDir
    Path dir;

    TestWorkspace t;
    Customer customer;
    SalesOrder order;

    @BeforeEach
    void setUp() {
        t = TestWorkspace.create(dir); // 2026-11-20 in Shanghai
        customer = t.customer("武汉长江重工集团有限公司");
        order = t.order("行车改造", customer, "500000");
        nextStep(LocalDate.of(2026, 12, 30));
    }

    @AfterEach
    void tearDown() {
        t.ws.close();
    }

    private void nextStep(LocalDate due) {
        t.ws.followUps().log(new FollowUpDraft(0, order.id(), t.clock.instant(), FollowUpMethod.VISIT, "拜访", null, null,
                "跟进方案", due, null, null));
    }

    private List<AlertKind> kinds() {
        return t.ws.alerts().scan(t.me.id()).stream().filter(a -> a.orderId() == order.id()).map(OrderAlert::kind).toList();
    }

    private SalesOrder fresh() {
        return t.ws.orders().get(order.id());
    }

    @Test
    void stuckWhenLongerInTheStageThanItsIdleLimit() {
        assertThat(kinds()).isEmpty();
        t.clock.advance(Duration.ofDays(8)); // 需求确认 allows 7 days
        assertThat(kinds()).containsExactly(AlertKind.STUCK);
        assertThat(t.ws.alerts().scan(t.me.id()).get(0).days()).isEqualTo(8);

        t.ws.orders().move(order.id(), fresh().version(), t.stages().get(1).id(), true);
        assertThat(kinds()).isEmpty();
    }

    @Test
    void lateShipmentUntilAShipmentIsRecorded() {
        t.ws.orders().update(order.id(), order.version(), order.draft().withShipBy(LocalDate.of(2026, 11, 25)));
        assertThat(kinds()).isEmpty();
        t.clock.advance(Duration.ofDays(6));
        assertThat(kinds()).contains(AlertKind.LATE_SHIPMENT);

        t.ws.milestones().addShipment(order.id(), "顺丰", "SF1234567890", t.clock.instant());
        assertThat(kinds()).doesNotContain(AlertKind.LATE_SHIPMENT);
    }

    @Test
    void latePaymentUntilTheDueAmountIsReceived() {
        var payment = t.ws.milestones().addPayment(order.id(), new BigDecimal("150000"), LocalDate.of(2026, 11, 22));
        assertThat(kinds()).isEmpty();
        t.clock.advance(Duration.ofDays(3));
        assertThat(kinds()).contains(AlertKind.LATE_PAYMENT);

        var partly = t.ws.milestones().recordReceipt(payment.id(), payment.version(), new BigDecimal("100000"),
                LocalDate.of(2026, 11, 23));
        assertThat(kinds()).contains(AlertKind.LATE_PAYMENT);
        t.ws.milestones().recordReceipt(partly.id(), partly.version(), new BigDecimal("150000"), LocalDate.of(2026, 11, 23));
        assertThat(kinds()).doesNotContain(AlertKind.LATE_PAYMENT);
    }

    @Test
    void quoteAndContractExpiringWithinTheConfiguredDays() {
        var d = order.draft();
        var withDates = new app.gendan.domain.OrderDraft(d.title(), d.customerId(), d.contactId(), d.ownerId(), d.priority(),
                d.amount(), d.currency(), d.orderDate(), null, null, null, null, LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 12, 31), d.status(), null, null, d.lines());
        t.ws.orders().update(order.id(), order.version(), withDates);
        assertThat(kinds()).containsExactly(AlertKind.QUOTE_EXPIRING);
        t.clock.advance(Duration.ofDays(36));
        t.ws.orders().move(order.id(), fresh().version(), t.stages().get(1).id(), true); // not stuck
        assertThat(kinds()).containsExactly(AlertKind.CONTRACT_EXPIRING);
    }

    @Test
    void anOpenOrderWithoutANextStepIsFlaggedUntilOneIsSet() {
        SalesOrder bare = t.order("无下一步的订单", customer, "1000");
        assertThat(t.ws.alerts().scan(null)).filteredOn(a -> a.orderId() == bare.id())
                .extracting(OrderAlert::kind).containsExactly(AlertKind.NO_NEXT_STEP);
        t.ws.followUps().log(new FollowUpDraft(0, bare.id(), t.clock.instant(), FollowUpMethod.PHONE, "电话", null, null,
                "发资料", LocalDate.of(2026, 11, 21), null, null));
        assertThat(t.ws.alerts().scan(null)).filteredOn(a -> a.orderId() == bare.id()).isEmpty();
    }
}
