package app.gendan.testing;

import app.gendan.domain.Contact;
import app.gendan.domain.Customer;
import app.gendan.domain.CustomerDraft;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.OrderDraft;
import app.gendan.domain.OrderStatus;
import app.gendan.domain.Payment;
import app.gendan.domain.Role;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.User;
import app.gendan.service.Workspace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A small tracker to export, on a TestWorkspace whose clock stands at 2026-11-20 14:03
 * (Asia/Shanghai): Chinese names, text that looks like a formula, text with commas, quotes and
 * line breaks, orders in two stages and one won, next steps overdue / due today / upcoming /
 * snoozed / done for two owners, and payments partly received.
 */
public record ExportSeed(User me, User lisi, Customer huaxin, Customer formula, Customer acme, SalesOrder cabinet,
                         SalesOrder discount, SalesOrder won) {
    public static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"点我\")";
    public static final String DISCOUNT_TITLE = "-5% 折扣单";
    public static final String ACME_NAME = "Acme, \"Quoted\" Trading Ltd.";
    public static final String ACME_NOTES = "第一行\n第二行, 带逗号";

    public static ExportSeed into(TestWorkspace t) {
        Workspace ws = t.ws;
        User lisi = ws.users().register("lisi", "李四", Role.REP);
        Customer huaxin = ws.customers().create(
                new CustomerDraft("上海华信精密机械有限公司", "华信", "A", "展会", "机械", "上海市浦东新区", "021-5888 1234",
                        t.me.id(), "重点", "老客户，付款及时"),
                List.of(new Contact(0, 0, "张三", "工程师", null, "13800138000", null, null, false),
                        new Contact(0, 0, "赵六", "采购经理", null, "13900139000", "zhao@huaxin.cn", "zl_wx", true)),
                true);
        Customer formula = ws.customers().create(CustomerDraft.named(FORMULA_NAME), List.of(), true);
        Customer acme = ws.customers().create(new CustomerDraft(ACME_NAME, null, null, null, null, null, null, null, null,
                ACME_NOTES), List.of(), true);

        LocalDate day = LocalDate.of(2026, 11, 20);
        SalesOrder cabinet = ws.orders().create(t.pipeline.id(), new OrderDraft("储能柜", huaxin.id(), null, t.me.id(),
                app.gendan.domain.Priority.HIGH, new BigDecimal("250000.00"), "CNY", day, LocalDate.of(2026, 12, 31),
                null, null, LocalDate.of(2026, 12, 20), null, null, OrderStatus.OPEN, null, "含安装调试", List.of()));
        SalesOrder discount = ws.orders().create(t.pipeline.id(),
                OrderDraft.of(DISCOUNT_TITLE, formula.id(), lisi.id(), new BigDecimal("1200.50"), day));
        discount = ws.orders().move(discount.id(), discount.version(), t.stages().get(1).id(), true);
        SalesOrder won = ws.orders().create(t.pipeline.id(),
                OrderDraft.of("控制柜", acme.id(), t.me.id(), new BigDecimal("88000"), day));
        won = ws.orders().update(won.id(), won.version(), won.draft().withStatus(OrderStatus.WON, null));

        Instant yesterday = t.clock.instant().minusSeconds(86_400);
        step(ws, cabinet, yesterday, "发送报价单", LocalDate.of(2026, 11, 18), null);           // overdue 2 days, 王五
        step(ws, cabinet, yesterday, "电话回访", day, LocalTime.of(9, 0));                      // overdue since 09:00, 王五
        step(ws, discount, yesterday, "寄样品", LocalDate.of(2026, 11, 19), null);             // overdue 1 day, 李四
        step(ws, discount, yesterday, "确认合同", LocalDate.of(2026, 11, 25), null);           // upcoming
        FollowUp snoozed = step(ws, discount, yesterday, "催款", LocalDate.of(2026, 11, 10), null);
        ws.followUps().snooze(snoozed.id(), snoozed.version(), Instant.parse("2026-11-21T02:00:00Z"));
        step(ws, cabinet, yesterday, "确认交期", day, null);                                    // due today
        FollowUp visit = ws.followUps().log(new FollowUpDraft(acme.id(), null, yesterday, FollowUpMethod.VISIT,
                "上门拜访，演示样机", "满意", "成交", "拜访", LocalDate.of(2026, 11, 15), null, t.me.id()));
        ws.followUps().complete(visit.id(), visit.version(), null);

        Payment deposit = ws.milestones().addPayment(cabinet.id(), new BigDecimal("100000.00"), LocalDate.of(2026, 11, 10));
        ws.milestones().recordReceipt(deposit.id(), deposit.version(), new BigDecimal("100000.00"), LocalDate.of(2026, 11, 9));
        ws.milestones().addPayment(cabinet.id(), new BigDecimal("150000.00"), LocalDate.of(2026, 12, 20));
        Payment sample = ws.milestones().addPayment(discount.id(), new BigDecimal("1200.50"), LocalDate.of(2026, 11, 15));
        ws.milestones().recordReceipt(sample.id(), sample.version(), new BigDecimal("200.00"), LocalDate.of(2026, 11, 16));

        return new ExportSeed(t.me, lisi, huaxin, formula, acme, cabinet, discount, won);
    }

    private static FollowUp step(Workspace ws, SalesOrder order, Instant when, String action, LocalDate due, LocalTime time) {
        return ws.followUps().log(new FollowUpDraft(0, order.id(), when, FollowUpMethod.PHONE, "电话沟通：" + action, null,
                null, action, due, time, null));
    }
}
