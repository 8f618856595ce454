package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.gendan.domain.Customer;
import app.gendan.domain.DueItem;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.Role;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.User;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which steps the Today list holds, with the names it shows, for one user and for everyone. */
class DueServiceTest {
    @TempDir
    Path dir;

    TestWorkspace t;
    Customer customer;
    SalesOrder order;
    User lisi;

    @BeforeEach
    void setUp() {
        t = TestWorkspace.create(dir); // now: 2026-11-20 14:03 in Shanghai
        customer = t.customer("宁波港城国际贸易有限公司");
        order = t.order("集装箱吊具", customer, "880000");
        lisi = t.ws.users().register("lisi", "李四", Role.REP);
    }

    @AfterEach
    void tearDown() {
        t.ws.close();
    }

    private FollowUp step(Long orderId, String action, LocalDate due, LocalTime time, Long owner) {
        return t.ws.followUps().log(new FollowUpDraft(customer.id(), orderId, t.clock.instant(), FollowUpMethod.PHONE,
                "电话", null, null, action, due, time, owner));
    }

    @Test
    void aStepShowsItsCustomerOrderAndOwnerAndAStepWithoutOrderHasNone() {
        step(order.id(), "发送报价单", LocalDate.of(2026, 11, 20), LocalTime.of(16, 0), null);
        step(null, "回访客户", LocalDate.of(2026, 11, 21), null, t.me.id());

        DueList due = t.ws.due().dueItems(t.me.id(), 7);
        assertThat(due.today()).singleElement().satisfies(i -> {
            assertThat(i.customerName()).isEqualTo(customer.name());
            assertThat(i.orderId()).isEqualTo(order.id());
            assertThat(i.orderNo()).isEqualTo(order.orderNo());
            assertThat(i.orderTitle()).isEqualTo("集装箱吊具");
            assertThat(i.ownerName()).isEqualTo("王五");
            assertThat(i.step().action()).isEqualTo("发送报价单");
            assertThat(i.step().hasTime()).isTrue();
        });
        assertThat(due.upcoming()).singleElement().satisfies(i -> {
            assertThat(i.customerName()).isEqualTo(customer.name());
            assertThat(i.orderId()).isNull();
            assertThat(i.orderNo()).isNull();
            assertThat(i.step().hasTime()).isFalse();
        });
    }

    @Test
    void doneDeletedAndLaterStepsStayOffTheList() {
        FollowUp done = step(order.id(), "确认图纸", LocalDate.of(2026, 11, 19), null, null);
        t.ws.followUps().complete(done.id(), done.version(), null);
        FollowUp deleted = step(order.id(), "发样品", LocalDate.of(2026, 11, 19), null, null);
        t.ws.followUps().delete(deleted.id(), deleted.version());
        step(order.id(), "签合同", LocalDate.of(2026, 11, 28), null, null); // beyond the 7 upcoming days
        FollowUp open = step(order.id(), "催付款", LocalDate.of(2026, 11, 18), null, null);

        DueList due = t.ws.due().dueItems(t.me.id(), 7);
        assertThat(due.overdue()).extracting(DueItem::followUpId).containsExactly(open.id());
        assertThat(due.overdue().get(0).daysOverdue()).isEqualTo(2);
        assertThat(due.size()).isEqualTo(1);
    }

    @Test
    void everyonesListHoldsEachOwnersStepsSoonestFirst() {
        FollowUp mine = step(order.id(), "报价", LocalDate.of(2026, 11, 22), null, null);
        FollowUp theirs = step(order.id(), "送样", LocalDate.of(2026, 11, 21), null, lisi.id());
        FollowUp theirsLater = step(null, "回访", LocalDate.of(2026, 11, 23), LocalTime.of(9, 0), lisi.id());

        assertThat(t.ws.due().dueItems(null, 7).upcoming()).extracting(DueItem::followUpId, DueItem::ownerName)
                .containsExactly(tuple(theirs.id(), "李四"), tuple(mine.id(), "王五"), tuple(theirsLater.id(), "李四"));
        assertThat(t.ws.due().dueItems(lisi.id(), 7).upcoming()).extracting(DueItem::followUpId)
                .containsExactly(theirs.id(), theirsLater.id());
    }
}
