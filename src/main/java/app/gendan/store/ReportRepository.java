package app.gendan.store;

import static app.gendan.store.generated.Tables.APP_USER;
import static app.gendan.store.generated.Tables.CUSTOMER;
import static app.gendan.store.generated.Tables.FOLLOW_UP;
import static app.gendan.store.generated.Tables.PAYMENT;
import static app.gendan.store.generated.Tables.PIPELINE;
import static app.gendan.store.generated.Tables.SALES_ORDER;
import static app.gendan.store.generated.Tables.STAGE;

import app.gendan.domain.OrderStatus;
import app.gendan.domain.StageKind;
import app.gendan.domain.report.FunnelStage;
import app.gendan.domain.report.OrderPayments;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The figures a manager asks for first, each summed up by the database in one query. */
public final class ReportRepository {
    /** Overdue next steps of one owner (ownerId null: nobody owns them), and the oldest one's due moment. */
    public record OverdueCount(Long ownerId, String ownerName, long count, Instant oldestDue) {}

    private final DSLContext dsl;
    private final app.gendan.domain.i18n.DefaultNames names;

    ReportRepository(DSLContext dsl, app.gendan.domain.i18n.DefaultNames names) {
        this.dsl = dsl;
        this.names = names;
    }

    /** Open orders and their amount per open stage, pipelines and stages in board order. */
    public List<FunnelStage> funnel() {
        var count = DSL.count(SALES_ORDER.ID);
        var amount = DSL.coalesce(DSL.sum(SALES_ORDER.AMOUNT), BigDecimal.ZERO.setScale(2));
        return dsl.select(PIPELINE.NAME, STAGE.NAME, STAGE.POSITION, count, amount, PIPELINE.NAME_KEY, STAGE.NAME_KEY)
                .from(STAGE)
                .join(PIPELINE).on(PIPELINE.ID.eq(STAGE.PIPELINE_ID))
                .leftJoin(SALES_ORDER).on(SALES_ORDER.STAGE_ID.eq(STAGE.ID)
                        .and(SALES_ORDER.STATUS.eq(OrderStatus.OPEN.code())))
                .where(STAGE.KIND.eq(StageKind.OPEN.code()).and(STAGE.ARCHIVED.isFalse())
                        .and(PIPELINE.ARCHIVED.isFalse()))
                .groupBy(PIPELINE.ID, PIPELINE.POSITION, PIPELINE.NAME, PIPELINE.NAME_KEY, STAGE.ID, STAGE.NAME, STAGE.NAME_KEY,
                        STAGE.POSITION)
                .orderBy(PIPELINE.POSITION, PIPELINE.ID, STAGE.POSITION, STAGE.ID)
                .fetch(r -> new FunnelStage(names.name(r.value6(), r.value1()), names.name(r.value7(), r.value2()), r.value3(),
                        r.value4(), r.value5()));
    }

    /**
     * Open next steps that are overdue at {@code now}, per owner, most first. The same rule as
     * DueRules: a step with a time (or snoozed past its due moment) is overdue once that moment
     * has passed; a step with only a date is overdue from the day after.
     */
    public List<OverdueCount> overdueByOwner(Instant now, Instant startOfToday) {
        var f = FOLLOW_UP;
        Condition snoozedLater = f.SNOOZED_UNTIL.isNotNull().and(f.SNOOZED_UNTIL.gt(f.NEXT_DUE_AT));
        Condition timed = f.NEXT_DUE_HAS_TIME.isTrue().or(snoozedLater);
        var effectiveDue = DSL.when(snoozedLater, f.SNOOZED_UNTIL).otherwise(f.NEXT_DUE_AT);
        Condition overdue = timed.and(effectiveDue.lt(now)).or(DSL.not(timed).and(f.NEXT_DUE_AT.lt(startOfToday)));
        var count = DSL.count();
        var oldest = DSL.min(effectiveDue);
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, count, oldest)
                .from(f)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(f.NEXT_OWNER_ID))
                .where(f.NEXT_DONE_AT.isNull().and(f.NEXT_DUE_AT.isNotNull()).and(f.DELETED.isFalse()).and(overdue))
                .groupBy(APP_USER.ID, APP_USER.DISPLAY_NAME)
                .orderBy(count.desc(), APP_USER.DISPLAY_NAME)
                .fetch(r -> new OverdueCount(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Every order with payments: due and received summed, soonest unpaid due date first. */
    public List<OrderPayments> payments() {
        var due = DSL.sum(PAYMENT.DUE_AMOUNT);
        var received = DSL.sum(PAYMENT.RECEIVED_AMOUNT);
        var nextUnpaid = DSL.min(PAYMENT.DUE_DATE).filterWhere(PAYMENT.RECEIVED_AMOUNT.lt(PAYMENT.DUE_AMOUNT));
        return dsl.select(SALES_ORDER.ORDER_NO, SALES_ORDER.TITLE, CUSTOMER.NAME, APP_USER.DISPLAY_NAME,
                        SALES_ORDER.STATUS, SALES_ORDER.CURRENCY, SALES_ORDER.AMOUNT, due, received, nextUnpaid)
                .from(PAYMENT)
                .join(SALES_ORDER).on(SALES_ORDER.ID.eq(PAYMENT.ORDER_ID))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(SALES_ORDER.CUSTOMER_ID))
                .join(APP_USER).on(APP_USER.ID.eq(SALES_ORDER.OWNER_ID))
                .groupBy(SALES_ORDER.ID, SALES_ORDER.ORDER_NO, SALES_ORDER.TITLE, CUSTOMER.NAME, APP_USER.DISPLAY_NAME,
                        SALES_ORDER.STATUS, SALES_ORDER.CURRENCY, SALES_ORDER.AMOUNT)
                .orderBy(nextUnpaid.asc().nullsLast(), SALES_ORDER.ORDER_NO)
                .fetch(r -> new OrderPayments(r.value1(), r.value2(), r.value3(), r.value4(),
                        OrderStatus.fromCode(r.value5()), r.value6(), r.value7(), r.value8(), r.value9(), r.value10()));
    }
}
