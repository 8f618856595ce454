package app.gendan.store;

import static app.gendan.store.generated.Tables.CUSTOMER;
import static app.gendan.store.generated.Tables.FOLLOW_UP;
import static app.gendan.store.generated.Tables.PAYMENT;
import static app.gendan.store.generated.Tables.SALES_ORDER;
import static app.gendan.store.generated.Tables.SHIPMENT;
import static app.gendan.store.generated.Tables.STAGE;

import app.gendan.domain.AlertFacts;
import app.gendan.domain.OrderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Reads, for every open order, the facts the alert rules judge.
 *
 * <p>H2 evaluates a correlated subquery, and equally a join to a grouped derived table, once per
 * outer row, each time a B-tree probe: four per open order. So the order rows come from one query,
 * and shipments, payments and open next steps each from one sequential pass over an index, merged
 * here by order id. Those passes read every shipment and payment row (closed orders' too) and
 * every open step: a few rows per order, each far cheaper to read than a probe.
 */
public final class AlertRepository {
    private final DSLContext dsl;
    private final app.gendan.domain.i18n.DefaultNames names;

    AlertRepository(DSLContext dsl, app.gendan.domain.i18n.DefaultNames names) {
        this.dsl = dsl;
        this.names = names;
    }

    private record StageFacts(String name, Integer idleDays) {}

    /** What an order's payment rows add up to. */
    private record PaymentFacts(LocalDate earliestUnpaidDue, BigDecimal received) {
        static final PaymentFacts NONE = new PaymentFacts(null, BigDecimal.ZERO);

        PaymentFacts plus(LocalDate dueDate, BigDecimal dueAmount, BigDecimal receivedAmount) {
            LocalDate unpaid = earliestUnpaidDue;
            boolean unpaidRow = receivedAmount.compareTo(dueAmount) < 0;
            if (unpaidRow && dueDate != null && (unpaid == null || dueDate.isBefore(unpaid))) {
                unpaid = dueDate;
            }
            return new PaymentFacts(unpaid, received.add(receivedAmount));
        }
    }

    /** @param ownerId whose orders; null for everyone's */
    public List<AlertFacts> openOrders(Long ownerId) {
        Condition c = SALES_ORDER.STATUS.eq(OrderStatus.OPEN.code());
        if (ownerId != null) {
            c = c.and(SALES_ORDER.OWNER_ID.eq(ownerId));
        }
        // Users and stages are a handful of rows: read once into maps rather than joined (one index probe
        // per order each). The outer join keeps sales_order the driving table (H2 does not reorder outer
        // joins); every order has its customer.
        Map<Long, String> users = UserNames.of(dsl);
        Map<Long, StageFacts> stages = new HashMap<>();
        dsl.select(STAGE.ID, STAGE.NAME, STAGE.IDLE_DAYS, STAGE.NAME_KEY).from(STAGE)
                .forEach(r -> stages.put(r.value1(), new StageFacts(names.name(r.value4(), r.value2()), r.value3())));
        var orders = NativeTimestamps.of(dsl)
                .select(SALES_ORDER.ID, SALES_ORDER.ORDER_NO, SALES_ORDER.TITLE, CUSTOMER.NAME, SALES_ORDER.OWNER_ID,
                        SALES_ORDER.STAGE_ID, SALES_ORDER.AMOUNT, SALES_ORDER.STAGE_ENTERED_AT, SALES_ORDER.SHIP_BY,
                        SALES_ORDER.PAYMENT_DUE, SALES_ORDER.QUOTE_EXPIRES, SALES_ORDER.CONTRACT_EXPIRES)
                .from(SALES_ORDER)
                .leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(SALES_ORDER.CUSTOMER_ID))
                .where(c)
                .orderBy(SALES_ORDER.ID)
                .fetch();
        if (orders.isEmpty()) {
            return List.of();
        }
        Set<Long> shipped = shippedOrders();
        Map<Long, PaymentFacts> payments = paymentsByOrder();
        Set<Long> withOpenStep = ordersWithOpenStep();
        return orders.map(r -> {
            long id = r.value1();
            PaymentFacts paid = payments.get(id);
            StageFacts stage = stages.get(r.value6());
            return new AlertFacts(id, r.value2(), r.value3(), r.value4(), r.value5(), users.get(r.value5()),
                    r.value7(), stage == null ? null : stage.name(), stage == null ? null : stage.idleDays(),
                    r.value8(), r.value9(), shipped.contains(id), r.value10(),
                    paid == null ? null : paid.earliestUnpaidDue(), paid == null ? null : paid.received(),
                    r.value11(), r.value12(), withOpenStep.contains(id));
        });
    }

    private Set<Long> shippedOrders() {
        return new HashSet<>(dsl.select(SHIPMENT.ORDER_ID).from(SHIPMENT).fetch(SHIPMENT.ORDER_ID));
    }

    /** Earliest due date not fully received, and everything received, per order with payment rows. */
    private Map<Long, PaymentFacts> paymentsByOrder() {
        Map<Long, PaymentFacts> byOrder = new HashMap<>();
        for (var r : dsl.select(PAYMENT.ORDER_ID, PAYMENT.DUE_DATE, PAYMENT.DUE_AMOUNT, PAYMENT.RECEIVED_AMOUNT)
                .from(PAYMENT).fetch()) {
            PaymentFacts sofar = byOrder.getOrDefault(r.value1(), PaymentFacts.NONE);
            byOrder.put(r.value1(), sofar.plus(r.value2(), r.value3(), r.value4()));
        }
        return byOrder;
    }

    /** Orders with a next step not yet done, read from the open-step index. */
    private Set<Long> ordersWithOpenStep() {
        return new HashSet<>(dsl.select(FOLLOW_UP.ORDER_ID).from(FOLLOW_UP)
                .where(FOLLOW_UP.NEXT_DONE_AT.isNull().and(FOLLOW_UP.DELETED.isFalse())
                        .and(FOLLOW_UP.NEXT_DUE_AT.isNotNull()).and(FOLLOW_UP.ORDER_ID.isNotNull()))
                .fetch(FOLLOW_UP.ORDER_ID));
    }
}
