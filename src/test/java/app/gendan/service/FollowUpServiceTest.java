package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gendan.domain.Customer;
import app.gendan.domain.DueItem;
import app.gendan.domain.FieldError;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.Role;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.StaleEditException;
import app.gendan.domain.User;
import app.gendan.domain.ValidationException;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpServiceTest {
    @TempDir
    Path dir;

    TestWorkspace t;
    Customer customer;
    SalesOrder order;

    @BeforeEach
    void setUp() {
        t = TestWorkspace.create(dir); // now: 2026-11-20 14:03 in Shanghai
        customer = t.customer("深圳市瑞丰新能源股份有限公司");
        order = t.order("储能柜 ×2", customer, "250000");
    }

    @AfterEach
    void tearDown() {
        t.ws.close();
    }

    FollowUpDraft call(String summary, String next, LocalDate due, LocalTime time) {
        return new FollowUpDraft(0, order.id(), t.clock.instant(), FollowUpMethod.PHONE, summary, "客户说下周定", null,
                next, due, time, null);
    }

    @Test
    void aFollowUpOnAnOrderFilesUnderItsCustomerWithTheOrderOwnerAsDefault() {
        FollowUp f = t.ws.followUps().log(call("电话沟通交期", "发送报价单", LocalDate.of(2026, 11, 21), LocalTime.of(10, 0)));

        assertThat(f.customerId()).isEqualTo(customer.id());
        assertThat(f.nextStep().ownerId()).isEqualTo(order.ownerId());
        assertThat(f.nextStep().dueAt()).isEqualTo(Instant.parse("2026-11-21T02:00:00Z"));
        assertThat(f.nextStep().hasTime()).isTrue();
        assertThat(t.ws.followUps().ofCustomer(customer.id())).extracting(FollowUp::id).containsExactly(f.id());
    }

    @Test
    void timelineIsNewestFirst() {
        FollowUp first = t.ws.followUps().log(call("第一次电话", null, null, null));
        t.clock.advance(Duration.ofHours(3));
        FollowUp second = t.ws.followUps().log(call("第二次拜访", null, null, null));
        assertThat(t.ws.followUps().ofOrder(order.id())).extracting(FollowUp::id).containsExactly(second.id(), first.id());
    }

    @Test
    void aNextStepNeedsItsDueDateAndTheFormIsRejectedWithoutWriting() {
        assertThatThrownBy(() -> t.ws.followUps().log(call(" ", "发送报价单", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("summary", "nextDue"));
        assertThat(t.ws.followUps().ofOrder(order.id())).isEmpty();
    }

    @Test
    void editAndDeleteAreVersionCheckedAndAudited() {
        FollowUp f = t.ws.followUps().log(call("电话", "寄样品", LocalDate.of(2026, 11, 22), null));
        FollowUp edited = t.ws.followUps().update(f.id(), f.version(),
                call("电话沟通样品", "寄样品", LocalDate.of(2026, 11, 23), null));
        assertThat(edited.summary()).isEqualTo("电话沟通样品");
        assertThatThrownBy(() -> t.ws.followUps().delete(f.id(), f.version())).isInstanceOf(StaleEditException.class);

        t.ws.followUps().delete(edited.id(), edited.version());
        assertThat(t.ws.followUps().ofOrder(order.id())).isEmpty();
        assertThat(t.ws.history().ofOrder(order.id(), t.messages)).isNotEmpty();
    }

    @Test
    void completingAStepWithAnOutcomeLogsTheNextOneInTheSameGo() {
        FollowUp f = t.ws.followUps().log(call("电话", "发送报价单", LocalDate.of(2026, 11, 20), null));
        FollowUp outcome = t.ws.followUps().complete(f.id(), f.version(),
                call("报价单已发出", "确认客户收到报价", LocalDate.of(2026, 11, 23), LocalTime.of(9, 30)));

        assertThat(t.ws.followUps().get(f.id()).nextStep().doneAt()).isEqualTo(t.clock.instant());
        DueList due = t.ws.due().dueItems(t.me.id(), 7);
        assertThat(due.today()).isEmpty();
        assertThat(due.upcoming()).extracting(DueItem::followUpId).containsExactly(outcome.id());
        assertThatThrownBy(() -> t.ws.followUps().complete(f.id(), f.version(), null)).isInstanceOf(StaleEditException.class);
    }

    @Test
    void snoozeMovesTheStepAndReassignHandsItToAColleague() {
        FollowUp f = t.ws.followUps().log(call("电话", "发送合同", LocalDate.of(2026, 11, 19), null));
        assertThat(t.ws.due().dueItems(t.me.id(), 7).overdue()).hasSize(1);

        FollowUp snoozed = t.ws.followUps().snooze(f.id(), f.version(), t.clock.instant().plus(Duration.ofHours(1)));
        DueList afterSnooze = t.ws.due().dueItems(t.me.id(), 7);
        assertThat(afterSnooze.overdue()).isEmpty();
        assertThat(afterSnooze.today()).hasSize(1);
        t.clock.advance(Duration.ofMinutes(61));
        assertThat(t.ws.due().dueItems(t.me.id(), 7).overdue()).hasSize(1);

        User lisi = t.ws.users().register("lisi", "李四", Role.REP);
        t.ws.followUps().reassign(f.id(), snoozed.version(), lisi.id());
        assertThat(t.ws.due().dueItems(t.me.id(), 7).size()).isZero();
        assertThat(t.ws.due().dueItems(lisi.id(), 7).overdue()).extracting(DueItem::ownerName).containsExactly("李四");
        assertThat(t.ws.due().dueItems(null, 7).size()).isEqualTo(1);
    }
}
