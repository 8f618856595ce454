package app.gendan.store;

import static app.gendan.store.generated.Tables.APP_USER;
import static app.gendan.store.generated.Tables.CONTACT;
import static app.gendan.store.generated.Tables.CUSTOMER;
import static app.gendan.store.generated.Tables.FOLLOW_UP;
import static app.gendan.store.generated.Tables.PAYMENT;
import static app.gendan.store.generated.Tables.PIPELINE;
import static app.gendan.store.generated.Tables.SALES_ORDER;
import static app.gendan.store.generated.Tables.STAGE;

import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.OrderStatus;
import app.gendan.domain.Priority;
import app.gendan.domain.export.CustomerExportRow;
import app.gendan.domain.export.FollowUpExportRow;
import app.gendan.domain.export.OrderExportRow;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * Reads whole tables for export, one row at a time through a cursor, so an export of 100,000
 * follow-ups never holds them all in memory. Each row comes with the names a spreadsheet needs.
 */
public final class ExportRepository {
    private final DSLContext dsl;
    private final app.gendan.domain.i18n.DefaultNames names;

    ExportRepository(DSLContext dsl, app.gendan.domain.i18n.DefaultNames names) {
        this.dsl = dsl;
        this.names = names;
    }

    public long orderCount() {
        return dsl.fetchCount(SALES_ORDER);
    }

    /** Every order, oldest first, with its soonest open next step. */
    public void orders(Consumer<OrderExportRow> sink) {
        var owner = APP_USER.as("owner");
        var step = FOLLOW_UP.as("step");
        // one index lookup per order on (order_id, ...): cheaper than a window over all follow-ups
        var nextStepId = DSL.select(FOLLOW_UP.ID).from(FOLLOW_UP)
                .where(FOLLOW_UP.ORDER_ID.eq(SALES_ORDER.ID).and(FOLLOW_UP.NEXT_DONE_AT.isNull())
                        .and(FOLLOW_UP.NEXT_DUE_AT.isNotNull()).and(FOLLOW_UP.DELETED.isFalse()))
                .orderBy(FOLLOW_UP.NEXT_DUE_AT, FOLLOW_UP.ID).limit(1);
        var received = DSL.field(DSL.select(DSL.sum(PAYMENT.RECEIVED_AMOUNT)).from(PAYMENT)
                .where(PAYMENT.ORDER_ID.eq(SALES_ORDER.ID))).as("received");
        var query = dsl.select(SALES_ORDER.ORDER_NO, SALES_ORDER.TITLE, CUSTOMER.NAME, CONTACT.NAME, PIPELINE.NAME,
                        STAGE.NAME, SALES_ORDER.STATUS, SALES_ORDER.PRIORITY, owner.DISPLAY_NAME, SALES_ORDER.AMOUNT,
                        SALES_ORDER.CURRENCY, received, SALES_ORDER.ORDER_DATE, SALES_ORDER.EXPECTED_CLOSE,
                        SALES_ORDER.PROMISED_DELIVERY, SALES_ORDER.SHIP_BY, SALES_ORDER.PAYMENT_DUE,
                        SALES_ORDER.STAGE_ENTERED_AT, step.NEXT_ACTION, step.NEXT_DUE_AT, step.NEXT_DUE_HAS_TIME,
                        SALES_ORDER.LOST_REASON, SALES_ORDER.NOTES, SALES_ORDER.UPDATED_AT, SALES_ORDER.ID,
                        PIPELINE.NAME_KEY, STAGE.NAME_KEY)
                .from(SALES_ORDER)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(SALES_ORDER.CUSTOMER_ID))
                .leftJoin(CONTACT).on(CONTACT.ID.eq(SALES_ORDER.CONTACT_ID))
                .join(PIPELINE).on(PIPELINE.ID.eq(SALES_ORDER.PIPELINE_ID))
                .join(STAGE).on(STAGE.ID.eq(SALES_ORDER.STAGE_ID))
                .join(owner).on(owner.ID.eq(SALES_ORDER.OWNER_ID))
                .leftJoin(step).on(step.ID.eq(nextStepId))
                .orderBy(SALES_ORDER.ID);
        stream(query, r -> new OrderExportRow(r.get(SALES_ORDER.ORDER_NO), r.get(SALES_ORDER.TITLE),
                r.get(CUSTOMER.NAME), r.get(CONTACT.NAME), names.name(r.get(PIPELINE.NAME_KEY), r.get(PIPELINE.NAME)),
                names.name(r.get(STAGE.NAME_KEY), r.get(STAGE.NAME)),
                OrderStatus.fromCode(r.get(SALES_ORDER.STATUS)), Priority.fromCode(r.get(SALES_ORDER.PRIORITY)),
                r.get(owner.DISPLAY_NAME), r.get(SALES_ORDER.AMOUNT), r.get(SALES_ORDER.CURRENCY),
                zeroIfNull(r.get(received)), r.get(SALES_ORDER.ORDER_DATE), r.get(SALES_ORDER.EXPECTED_CLOSE),
                r.get(SALES_ORDER.PROMISED_DELIVERY), r.get(SALES_ORDER.SHIP_BY), r.get(SALES_ORDER.PAYMENT_DUE),
                r.get(SALES_ORDER.STAGE_ENTERED_AT), r.get(step.NEXT_ACTION), r.get(step.NEXT_DUE_AT),
                Boolean.TRUE.equals(r.get(step.NEXT_DUE_HAS_TIME)), r.get(SALES_ORDER.LOST_REASON),
                r.get(SALES_ORDER.NOTES), r.get(SALES_ORDER.UPDATED_AT), r.get(SALES_ORDER.ID)), sink);
    }

    public long customerCount() {
        return dsl.fetchCount(CUSTOMER, CUSTOMER.ARCHIVED.isFalse());
    }

    /** Every customer that is not archived, by name, with its primary contact and open orders. */
    public void customers(Consumer<CustomerExportRow> sink) {
        var owner = APP_USER.as("owner");
        var other = CONTACT.as("other");
        var primaryId = DSL.select(other.ID).from(other).where(other.CUSTOMER_ID.eq(CUSTOMER.ID))
                .orderBy(other.IS_PRIMARY.desc(), other.ID).limit(1);
        var openOrders = SALES_ORDER.CUSTOMER_ID.eq(CUSTOMER.ID).and(SALES_ORDER.STATUS.eq(OrderStatus.OPEN.code()));
        var openCount = DSL.field(DSL.selectCount().from(SALES_ORDER).where(openOrders)).as("open_count");
        var openAmount = DSL.field(DSL.select(DSL.sum(SALES_ORDER.AMOUNT)).from(SALES_ORDER).where(openOrders))
                .as("open_amount");
        var query = dsl.select(CUSTOMER.NAME, CUSTOMER.SHORT_NAME, CUSTOMER.GRADE, CUSTOMER.SOURCE, CUSTOMER.INDUSTRY,
                        CUSTOMER.PHONE, CUSTOMER.ADDRESS, owner.DISPLAY_NAME, CUSTOMER.TAGS, CONTACT.NAME, CONTACT.TITLE,
                        CONTACT.MOBILE, CONTACT.PHONE, CONTACT.EMAIL, CONTACT.WECHAT, openCount, openAmount,
                        CUSTOMER.NOTES, CUSTOMER.CREATED_AT, CUSTOMER.ID)
                .from(CUSTOMER)
                .leftJoin(owner).on(owner.ID.eq(CUSTOMER.OWNER_ID))
                .leftJoin(CONTACT).on(CONTACT.ID.eq(primaryId))
                .where(CUSTOMER.ARCHIVED.isFalse())
                .orderBy(CUSTOMER.NAME, CUSTOMER.ID);
        stream(query, r -> new CustomerExportRow(r.get(CUSTOMER.NAME), r.get(CUSTOMER.SHORT_NAME),
                r.get(CUSTOMER.GRADE), r.get(CUSTOMER.SOURCE), r.get(CUSTOMER.INDUSTRY), r.get(CUSTOMER.PHONE),
                r.get(CUSTOMER.ADDRESS), r.get(owner.DISPLAY_NAME), r.get(CUSTOMER.TAGS), r.get(CONTACT.NAME),
                r.get(CONTACT.TITLE), r.get(CONTACT.MOBILE) != null ? r.get(CONTACT.MOBILE) : r.get(CONTACT.PHONE),
                r.get(CONTACT.EMAIL), r.get(CONTACT.WECHAT), r.get(openCount), zeroIfNull(r.get(openAmount)),
                r.get(CUSTOMER.NOTES), r.get(CUSTOMER.CREATED_AT), r.get(CUSTOMER.ID)), sink);
    }

    public long followUpCount() {
        return dsl.fetchCount(FOLLOW_UP, FOLLOW_UP.DELETED.isFalse());
    }

    /** Every follow-up that is not deleted, oldest first. */
    public void followUps(Consumer<FollowUpExportRow> sink) {
        var logger = APP_USER.as("logger");
        var nextOwner = APP_USER.as("next_owner");
        var query = dsl.select(FOLLOW_UP.HAPPENED_AT, CUSTOMER.NAME, SALES_ORDER.ORDER_NO, FOLLOW_UP.METHOD,
                        FOLLOW_UP.SUMMARY, FOLLOW_UP.FEEDBACK, FOLLOW_UP.RESULT_STATUS, logger.DISPLAY_NAME,
                        FOLLOW_UP.NEXT_ACTION, FOLLOW_UP.NEXT_DUE_AT, FOLLOW_UP.NEXT_DUE_HAS_TIME,
                        nextOwner.DISPLAY_NAME, FOLLOW_UP.NEXT_DONE_AT, FOLLOW_UP.ID)
                .from(FOLLOW_UP)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(FOLLOW_UP.CUSTOMER_ID))
                .leftJoin(SALES_ORDER).on(SALES_ORDER.ID.eq(FOLLOW_UP.ORDER_ID))
                .leftJoin(logger).on(logger.ID.eq(FOLLOW_UP.CREATED_BY))
                .leftJoin(nextOwner).on(nextOwner.ID.eq(FOLLOW_UP.NEXT_OWNER_ID))
                .where(FOLLOW_UP.DELETED.isFalse())
                .orderBy(FOLLOW_UP.HAPPENED_AT, FOLLOW_UP.ID);
        stream(query, r -> new FollowUpExportRow(r.value1(), r.value2(), r.value3(), FollowUpMethod.fromCode(r.value4()),
                r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), Boolean.TRUE.equals(r.value11()),
                r.value12(), r.value13(), r.value14()), sink);
    }

    private static <R extends Record, T> void stream(ResultQuery<R> query, Function<R, T> map, Consumer<T> sink) {
        try (Cursor<R> cursor = query.fetchLazy()) {
            for (R r : cursor) {
                sink.accept(map.apply(r));
            }
        }
    }

    private static BigDecimal zeroIfNull(BigDecimal v) {
        return v == null ? BigDecimal.ZERO.setScale(2) : v;
    }
}
