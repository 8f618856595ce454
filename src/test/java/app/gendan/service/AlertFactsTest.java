package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.AlertKind;
import app.gendan.domain.Customer;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.OrderAlert;
import app.gendan.domain.OrderDraft;
import app.gendan.domain.OrderStatus;
import app.gendan.domain.Role;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.User;
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

/**
 * What the alert scan reads about each order when an order has several payments, shipments and
 * follow-ups, and whose orders it reads.
 */
class AlertFactsTest {
    @TempDir
    Path dir;

    TestWorkspace t;
    Customer customer;

    @BeforeEach
    void setUp() {
        t = TestWorkspace.create(dir); // 2026-11-20 in Shanghai
        customer = t.customer("苏州工业园区华瑞精密机械有限公司");
    }

    @AfterEach
    void tearDown() {
        t.ws.close();
    }

    private SalesOrder orderWithStep(String title, String amount) {
        SalesOrder o = t.order(title, customer, amount);
        step(o, LocalDate.of(2026, 12, 30));
        return o;
    }

    private FollowUp step(SalesOrder o, LocalDate due) {
        return t.ws.followUps().log(new FollowUpDraft(0, o.id(), t.clock.instant(), FollowUpMethod.PHONE, "电话", null,
                null, due == null ? null : "跟进", due, null, null));
    }

    private List<OrderAlert> alerts(SalesOrder o) {
        return t.ws.alerts().scan(null).stream().filter(a -> a.orderId() == o.id()).toList();
    }

    private List<AlertKind> kinds(SalesOrder o) {
        return alerts(o).stream().map(OrderAlert::kind).toList();
    }

    private LocalDate latePaymentSince(SalesOrder o) {
        return alerts(o).stream().filter(a -> a.kind() == AlertKind.LATE_PAYMENT).map(OrderAlert::since).findFirst()
                .orElse(null);
    }

    @Test
    void theEarliestUnpaidRowAndTheSumReceivedOverAllRowsDecideALatePayment() {
        SalesOrder o = orderWithStep("数控机床 ×3", "500000");
        var d = o.draft();
        t.ws.orders().update(o.id(), o.version(), new OrderDraft(d.title(), d.customerId(), d.contactId(), d.ownerId(),
                d.priority(), d.amount(), d.currency(), d.orderDate(), null, null, null, LocalDate.of(2026, 11, 25), null,
                null, d.status(), null, null, d.lines()));
        var deposit = t.ws.milestones().addPayment(o.id(), new BigDecimal("200000"), LocalDate.of(2026, 11, 21));
        var balance = t.ws.milestones().addPayment(o.id(), new BigDecimal("300000"), LocalDate.of(2026, 11, 30));
        var undated = t.ws.milestones().addPayment(o.id(), new BigDecimal("1000"), null);
        t.clock.advance(Duration.ofDays(6)); // 2026-11-26

        assertThat(latePaymentSince(o)).isEqualTo(LocalDate.of(2026, 11, 21));
        t.ws.milestones().recordReceipt(deposit.id(), deposit.version(), new BigDecimal("200000"), LocalDate.of(2026, 11, 26));
        // the balance is not due yet, but 200,000 of the order's 500,000 is short of its own payment date
        assertThat(latePaymentSince(o)).isEqualTo(LocalDate.of(2026, 11, 25));
        t.ws.milestones().recordReceipt(balance.id(), balance.version(), new BigDecimal("299000"), LocalDate.of(2026, 11, 26));
        t.ws.milestones().recordReceipt(undated.id(), undated.version(), new BigDecimal("1000"), LocalDate.of(2026, 11, 26));
        assertThat(kinds(o)).doesNotContain(AlertKind.LATE_PAYMENT);
    }

    @Test
    void onlyAnOpenNextStepThatIsNotDeletedCountsAsOne() {
        SalesOrder o = t.order("无下一步的订单", customer, "1000");
        SalesOrder other = orderWithStep("另一张订单", "2000");
        assertThat(kinds(o)).containsExactly(AlertKind.NO_NEXT_STEP);
        assertThat(kinds(other)).isEmpty();

        step(o, null); // a follow-up without a next step
        FollowUp done = step(o, LocalDate.of(2026, 11, 22));
        t.ws.followUps().complete(done.id(), done.version(), null);
        FollowUp deleted = step(o, LocalDate.of(2026, 11, 23));
        t.ws.followUps().delete(deleted.id(), deleted.version());
        assertThat(kinds(o)).containsExactly(AlertKind.NO_NEXT_STEP);

        step(o, LocalDate.of(2026, 11, 24));
        assertThat(kinds(o)).isEmpty();
    }

    @Test
    void aShipmentClearsTheLateShipmentOfItsOwnOrderOnly() {
        SalesOrder shipped = orderWithStep("已发货", "1000");
        SalesOrder waiting = orderWithStep("待发货", "1000");
        for (SalesOrder o : List.of(shipped, waiting)) {
            SalesOrder fresh = t.ws.orders().get(o.id());
            t.ws.orders().update(o.id(), fresh.version(), fresh.draft().withShipBy(LocalDate.of(2026, 11, 21)));
        }
        t.clock.advance(Duration.ofDays(2));
        t.ws.milestones().addShipment(shipped.id(), "顺丰", "SF1", t.clock.instant());
        t.ws.milestones().addShipment(shipped.id(), "顺丰", "SF2", t.clock.instant());

        assertThat(kinds(shipped)).doesNotContain(AlertKind.LATE_SHIPMENT);
        assertThat(kinds(waiting)).containsExactly(AlertKind.LATE_SHIPMENT);
    }

    @Test
    void oneOwnersScanReadsOnlyTheirOpenOrdersWithNamesFilledIn() {
        User lisi = t.ws.users().register("lisi", "李四", Role.REP);
        SalesOrder mine = t.order("我的订单", customer, "1000");
        SalesOrder theirs = t.ws.orders().create(t.pipeline.id(),
                OrderDraft.of("李四的订单", customer.id(), lisi.id(), new BigDecimal("1000"), LocalDate.of(2026, 11, 20)));
        SalesOrder lost = t.order("丢单", customer, "1000");
        SalesOrder fresh = t.ws.orders().get(lost.id());
        t.ws.orders().update(lost.id(), fresh.version(),
                fresh.draft().withStatus(OrderStatus.LOST, "价格"));

        assertThat(t.ws.alerts().scan(t.me.id())).extracting(OrderAlert::orderId).containsExactly(mine.id());
        assertThat(t.ws.alerts().scan(lisi.id())).singleElement().satisfies(a -> {
            assertThat(a.orderId()).isEqualTo(theirs.id());
            assertThat(a.orderNo()).isEqualTo(theirs.orderNo());
            assertThat(a.orderTitle()).isEqualTo("李四的订单");
            assertThat(a.customerName()).isEqualTo(customer.name());
            assertThat(a.ownerName()).isEqualTo("李四");
        });
        assertThat(t.ws.alerts().scan(null)).extracting(OrderAlert::orderId).containsExactly(mine.id(), theirs.id());
    }
}
