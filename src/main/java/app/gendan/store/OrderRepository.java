package app.gendan.store;

import static app.gendan.store.generated.Tables.APP_USER;
import static app.gendan.store.generated.Tables.CUSTOMER;
import static app.gendan.store.generated.Tables.FOLLOW_UP;
import static app.gendan.store.generated.Tables.ORDER_LINE;
import static app.gendan.store.generated.Tables.SALES_ORDER;

import app.gendan.domain.BoardCard;
import app.gendan.domain.NextStep;
import app.gendan.domain.NextStepState;
import app.gendan.domain.OrderDraft;
import app.gendan.domain.OrderLine;
import app.gendan.domain.OrderStatus;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import app.gendan.store.generated.tables.records.SalesOrderRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

public final class OrderRepository {
    private final DSLContext dsl;

    OrderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<SalesOrder> byId(long id) {
        return dsl.selectFrom(SALES_ORDER).where(SALES_ORDER.ID.eq(id)).fetchOptional()
                .map(r -> toOrder(r, lines(id)));
    }

    public List<OrderLine> lines(long orderId) {
        return dsl.selectFrom(ORDER_LINE).where(ORDER_LINE.ORDER_ID.eq(orderId)).orderBy(ORDER_LINE.POSITION)
                .fetch(r -> new OrderLine(r.getProduct(), r.getModel(), r.getSpec(), r.getQuantity(), r.getUnitPrice()));
    }

    public long insert(String orderNo, long pipelineId, long stageId, OrderDraft d, Long actor, Instant now) {
        SalesOrderRecord r = dsl.newRecord(SALES_ORDER);
        r.setOrderNo(orderNo);
        r.setPipelineId(pipelineId);
        r.setStageId(stageId);
        r.setStageEnteredAt(now);
        apply(r, d);
        r.setCreatedAt(now);
        r.setCreatedBy(actor);
        r.setUpdatedAt(now);
        r.setUpdatedBy(actor);
        r.store();
        replaceLines(r.getId(), d.lines());
        return r.getId();
    }

    /** Version-checked update of the editable fields; false when somebody else saved first. */
    public boolean update(long id, int expectedVersion, OrderDraft d, Long actor, Instant now) {
        SalesOrderRecord r = dsl.newRecord(SALES_ORDER);
        apply(r, d);
        r.setVersion(expectedVersion + 1);
        r.setUpdatedAt(now);
        r.setUpdatedBy(actor);
        int n = dsl.update(SALES_ORDER).set(r)
                .where(SALES_ORDER.ID.eq(id).and(SALES_ORDER.VERSION.eq(expectedVersion)))
                .execute();
        if (n == 1) {
            replaceLines(id, d.lines());
        }
        return n == 1;
    }

    /** Version-checked stage move; false when somebody else saved first. */
    public boolean move(long id, int expectedVersion, long stageId, Instant now, Long actor) {
        return dsl.update(SALES_ORDER)
                .set(SALES_ORDER.STAGE_ID, stageId)
                .set(SALES_ORDER.STAGE_ENTERED_AT, now)
                .set(SALES_ORDER.VERSION, SALES_ORDER.VERSION.plus(1))
                .set(SALES_ORDER.UPDATED_AT, now).set(SALES_ORDER.UPDATED_BY, actor)
                .where(SALES_ORDER.ID.eq(id).and(SALES_ORDER.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /**
     * Every open order of a pipeline as board cards with their next step: one query for the
     * cards and one pass over the open steps, matched in memory. Joining the steps per order
     * would look up each order's whole history through the order index, which is several times
     * slower than reading the open steps once.
     */
    public List<BoardCard> openCards(long pipelineId) {
        Map<Long, NextStep> steps = firstOpenStepByOrder();
        return dsl.select(SALES_ORDER.ID, SALES_ORDER.ORDER_NO, SALES_ORDER.TITLE, SALES_ORDER.CUSTOMER_ID,
                        CUSTOMER.NAME, SALES_ORDER.AMOUNT, SALES_ORDER.CURRENCY, SALES_ORDER.OWNER_ID,
                        APP_USER.DISPLAY_NAME, SALES_ORDER.PRIORITY, SALES_ORDER.STAGE_ID,
                        SALES_ORDER.STAGE_ENTERED_AT, SALES_ORDER.VERSION)
                .from(SALES_ORDER)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(SALES_ORDER.CUSTOMER_ID))
                .join(APP_USER).on(APP_USER.ID.eq(SALES_ORDER.OWNER_ID))
                .where(SALES_ORDER.PIPELINE_ID.eq(pipelineId).and(SALES_ORDER.STATUS.eq(OrderStatus.OPEN.code())))
                .orderBy(SALES_ORDER.STAGE_ENTERED_AT, SALES_ORDER.ID)
                .fetch(r -> new BoardCard(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), Priority.fromCode(r.value10()), r.value11(), r.value12(),
                        r.value13(), steps.get(r.value1())));
    }

    /** For every order with an open next step, the step that wants attention first. */
    private Map<Long, NextStep> firstOpenStepByOrder() {
        Map<Long, NextStep> first = new HashMap<>();
        dsl.select(FOLLOW_UP.ORDER_ID, FOLLOW_UP.NEXT_ACTION, FOLLOW_UP.NEXT_DUE_AT, FOLLOW_UP.NEXT_DUE_HAS_TIME,
                        FOLLOW_UP.NEXT_OWNER_ID, FOLLOW_UP.SNOOZED_UNTIL)
                .from(FOLLOW_UP)
                .where(FOLLOW_UP.NEXT_DONE_AT.isNull().and(FOLLOW_UP.NEXT_DUE_AT.isNotNull())
                        .and(FOLLOW_UP.NEXT_ACTION.isNotNull()).and(FOLLOW_UP.DELETED.isFalse())
                        .and(FOLLOW_UP.ORDER_ID.isNotNull()))
                .fetch()
                .forEach(r -> first.merge(r.value1(), new NextStep(r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? 0 : r.value5(), null, r.value6()), NextStepState::first));
        return first;
    }

    public List<SalesOrder> ofCustomer(long customerId) {
        return dsl.selectFrom(SALES_ORDER).where(SALES_ORDER.CUSTOMER_ID.eq(customerId))
                .orderBy(SALES_ORDER.CREATED_AT.desc())
                .fetch(r -> toOrder(r, List.of()));
    }

    public long countInStage(long stageId) {
        return dsl.fetchCount(SALES_ORDER, SALES_ORDER.STAGE_ID.eq(stageId).and(SALES_ORDER.STATUS.eq(OrderStatus.OPEN.code())));
    }

    public long count() {
        return dsl.fetchCount(SALES_ORDER);
    }

    private void replaceLines(long orderId, List<OrderLine> lines) {
        dsl.deleteFrom(ORDER_LINE).where(ORDER_LINE.ORDER_ID.eq(orderId)).execute();
        int pos = 0;
        for (OrderLine l : lines) {
            dsl.insertInto(ORDER_LINE)
                    .set(ORDER_LINE.ORDER_ID, orderId).set(ORDER_LINE.POSITION, pos++)
                    .set(ORDER_LINE.PRODUCT, l.product()).set(ORDER_LINE.MODEL, l.model()).set(ORDER_LINE.SPEC, l.spec())
                    .set(ORDER_LINE.QUANTITY, l.quantity()).set(ORDER_LINE.UNIT_PRICE, l.unitPrice())
                    .execute();
        }
    }

    private static void apply(SalesOrderRecord r, OrderDraft d) {
        r.setTitle(d.title().trim());
        r.setCustomerId(d.customerId());
        r.setContactId(d.contactId());
        r.setOwnerId(d.ownerId());
        r.setPriority(d.priority().code());
        r.setAmount(d.amount());
        r.setCurrency(d.currency());
        r.setOrderDate(d.orderDate());
        r.setExpectedClose(d.expectedClose());
        r.setPromisedDelivery(d.promisedDelivery());
        r.setShipBy(d.shipBy());
        r.setPaymentDue(d.paymentDue());
        r.setQuoteExpires(d.quoteExpires());
        r.setContractExpires(d.contractExpires());
        r.setStatus(d.status().code());
        r.setLostReason(CustomerRepository.blankToNull(d.lostReason()));
        r.setNotes(CustomerRepository.blankToNull(d.notes()));
    }

    static SalesOrder toOrder(SalesOrderRecord r, List<OrderLine> lines) {
        OrderDraft d = new OrderDraft(r.getTitle(), r.getCustomerId(), r.getContactId(), r.getOwnerId(),
                Priority.fromCode(r.getPriority()), r.getAmount(), r.getCurrency(), r.getOrderDate(),
                r.getExpectedClose(), r.getPromisedDelivery(), r.getShipBy(), r.getPaymentDue(), r.getQuoteExpires(),
                r.getContractExpires(), OrderStatus.fromCode(r.getStatus()), r.getLostReason(), r.getNotes(), lines);
        return new SalesOrder(r.getId(), r.getOrderNo(), r.getPipelineId(), r.getStageId(), r.getStageEnteredAt(), d,
                r.getVersion(), r.getCreatedAt(), r.getCreatedBy(), r.getUpdatedAt(), r.getUpdatedBy());
    }
}
