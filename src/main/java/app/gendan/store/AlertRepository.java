package app.gendan.store;

import static app.gendan.store.generated.Tables.APP_USER;
import static app.gendan.store.generated.Tables.CUSTOMER;
import static app.gendan.store.generated.Tables.FOLLOW_UP;
import static app.gendan.store.generated.Tables.PAYMENT;
import static app.gendan.store.generated.Tables.SALES_ORDER;
import static app.gendan.store.generated.Tables.SHIPMENT;
import static app.gendan.store.generated.Tables.STAGE;

import app.gendan.domain.AlertFacts;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads, for every open order, the facts the alert rules judge, in one query. */
public final class AlertRepository {
    private final DSLContext dsl;

    AlertRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<AlertFacts> openOrders(Long ownerId) {
        var shipped = DSL.exists(DSL.selectOne().from(SHIPMENT).where(SHIPMENT.ORDER_ID.eq(SALES_ORDER.ID)));
        var openStep = DSL.exists(DSL.selectOne().from(FOLLOW_UP).where(FOLLOW_UP.ORDER_ID.eq(SALES_ORDER.ID)
                .and(FOLLOW_UP.NEXT_DONE_AT.isNull()).and(FOLLOW_UP.NEXT_DUE_AT.isNotNull())
                .and(FOLLOW_UP.DELETED.isFalse())));
        var unpaidDue = DSL.select(DSL.min(PAYMENT.DUE_DATE)).from(PAYMENT)
                .where(PAYMENT.ORDER_ID.eq(SALES_ORDER.ID).and(PAYMENT.RECEIVED_AMOUNT.lt(PAYMENT.DUE_AMOUNT)))
                .asField("unpaid_due");
        var received = DSL.select(DSL.sum(PAYMENT.RECEIVED_AMOUNT)).from(PAYMENT)
                .where(PAYMENT.ORDER_ID.eq(SALES_ORDER.ID)).asField("received");
        Condition c = SALES_ORDER.STATUS.eq(app.gendan.domain.OrderStatus.OPEN.code());
        if (ownerId != null) {
            c = c.and(SALES_ORDER.OWNER_ID.eq(ownerId));
        }
        return dsl.select(SALES_ORDER.ID, SALES_ORDER.ORDER_NO, SALES_ORDER.TITLE, CUSTOMER.NAME, SALES_ORDER.OWNER_ID,
                        APP_USER.DISPLAY_NAME, SALES_ORDER.AMOUNT, STAGE.NAME, STAGE.IDLE_DAYS,
                        SALES_ORDER.STAGE_ENTERED_AT, SALES_ORDER.SHIP_BY, DSL.field(shipped), SALES_ORDER.PAYMENT_DUE,
                        unpaidDue, received, SALES_ORDER.QUOTE_EXPIRES, SALES_ORDER.CONTRACT_EXPIRES,
                        DSL.field(openStep))
                .from(SALES_ORDER)
                .join(STAGE).on(STAGE.ID.eq(SALES_ORDER.STAGE_ID))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(SALES_ORDER.CUSTOMER_ID))
                .join(APP_USER).on(APP_USER.ID.eq(SALES_ORDER.OWNER_ID))
                .where(c)
                .orderBy(SALES_ORDER.ID)
                .fetch(r -> new AlertFacts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), Boolean.TRUE.equals(r.value12()),
                        r.value13(), (java.time.LocalDate) r.value14(), (java.math.BigDecimal) r.value15(), r.value16(),
                        r.value17(), Boolean.TRUE.equals(r.value18())));
    }
}
