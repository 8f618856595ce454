package app.gendan.store;

import static app.gendan.store.generated.Tables.AUDIT_ENTRY;
import static app.gendan.store.generated.Tables.CONTACT;
import static app.gendan.store.generated.Tables.CUSTOMER;
import static app.gendan.store.generated.Tables.FOLLOW_UP;
import static app.gendan.store.generated.Tables.ORDER_LINE;
import static app.gendan.store.generated.Tables.PAYMENT;
import static app.gendan.store.generated.Tables.SALES_ORDER;
import static app.gendan.store.generated.Tables.SHIPMENT;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;

import app.gendan.domain.Contact;
import app.gendan.domain.CustomerDraft;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.NameKeys;
import app.gendan.domain.OrderDraft;
import app.gendan.domain.OrderLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The writes of an import, in bulk: JDBC batches of prepared statements, and the audit "create"
 * entries of a whole batch written by one INSERT … SELECT each. Rows an import creates carry its
 * batch id (customers, orders, follow-ups) or are found through its audit entries (contacts).
 */
public final class ImportWriteRepository {
    public record NewOrder(String orderNo, long pipelineId, long stageId, Instant stageEnteredAt, OrderDraft draft) {}

    public record LineRow(long orderId, int position, OrderLine line) {}

    public record NewShipment(long orderId, String carrier, String trackingNo, Instant shippedAt) {}

    public record NewPayment(long orderId, BigDecimal dueAmount, LocalDate dueDate, BigDecimal receivedAmount,
                             LocalDate receivedDate) {}

    /** A follow-up to insert; {@code nextDoneAt} set means its next step was already superseded. */
    public record NewFollowUp(FollowUpDraft draft, Instant nextDoneAt) {}

    public record OrderUpdate(long id, int expectedVersion, OrderDraft draft, long stageId, Instant stageEnteredAt) {}

    public record CustomerUpdate(long id, int expectedVersion, CustomerDraft draft) {}

    public record AuditRow(String entity, long entityId, String action, String field, String oldValue, String newValue) {}

    private final DSLContext dsl;

    ImportWriteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insertCustomers(List<CustomerDraft> customers, long batchId, Long actor, Instant now) {
        if (customers.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.insertInto(CUSTOMER, CUSTOMER.NAME, CUSTOMER.SHORT_NAME, CUSTOMER.NAME_KEY,
                        CUSTOMER.GRADE, CUSTOMER.SOURCE, CUSTOMER.INDUSTRY, CUSTOMER.ADDRESS, CUSTOMER.PHONE,
                        CUSTOMER.PHONE_KEY, CUSTOMER.OWNER_ID, CUSTOMER.TAGS, CUSTOMER.NOTES, CUSTOMER.IMPORT_BATCH_ID,
                        CUSTOMER.CREATED_AT, CUSTOMER.CREATED_BY, CUSTOMER.UPDATED_AT, CUSTOMER.UPDATED_BY)
                .values((String) null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null));
        for (CustomerDraft d : customers) {
            batch.bind(d.name().trim(), blank(d.shortName()), NameKeys.nameKey(d.name()), blank(d.grade()),
                    blank(d.source()), blank(d.industry()), blank(d.address()), blank(d.phone()),
                    NameKeys.phoneKey(d.phone()), d.ownerId(), blank(d.tags()), blank(d.notes()), batchId, now, actor,
                    now, actor);
        }
        batch.execute();
    }

    /** Name as stored → id of the customers a batch created (a batch never creates one name twice). */
    public Map<String, Long> customerIdsOfBatch(long batchId) {
        Map<String, Long> ids = new HashMap<>();
        dsl.select(CUSTOMER.NAME, CUSTOMER.ID).from(CUSTOMER).where(CUSTOMER.IMPORT_BATCH_ID.eq(batchId))
                .forEach(r -> ids.put(r.value1(), r.value2()));
        return ids;
    }

    public int[] updateCustomers(List<CustomerUpdate> updates, Long actor, Instant now) {
        if (updates.isEmpty()) {
            return new int[0];
        }
        BatchBindStep batch = dsl.batch(dsl.update(CUSTOMER)
                .set(CUSTOMER.SHORT_NAME, (String) null).set(CUSTOMER.GRADE, (String) null)
                .set(CUSTOMER.SOURCE, (String) null).set(CUSTOMER.INDUSTRY, (String) null)
                .set(CUSTOMER.ADDRESS, (String) null).set(CUSTOMER.PHONE, (String) null)
                .set(CUSTOMER.PHONE_KEY, (String) null).set(CUSTOMER.OWNER_ID, (Long) null)
                .set(CUSTOMER.TAGS, (String) null).set(CUSTOMER.NOTES, (String) null)
                .set(CUSTOMER.VERSION, (Integer) null).set(CUSTOMER.UPDATED_AT, (Instant) null)
                .set(CUSTOMER.UPDATED_BY, (Long) null)
                .where(CUSTOMER.ID.eq((Long) null).and(CUSTOMER.VERSION.eq((Integer) null))));
        for (CustomerUpdate u : updates) {
            CustomerDraft d = u.draft();
            batch.bind(blank(d.shortName()), blank(d.grade()), blank(d.source()), blank(d.industry()),
                    blank(d.address()), blank(d.phone()), NameKeys.phoneKey(d.phone()), d.ownerId(), blank(d.tags()),
                    blank(d.notes()), u.expectedVersion() + 1, now, actor, u.id(), u.expectedVersion());
        }
        return batch.execute();
    }

    public void insertContacts(List<Contact> contacts, long batchId, Long actor, Instant now) {
        if (contacts.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.insertInto(CONTACT, CONTACT.CUSTOMER_ID, CONTACT.NAME, CONTACT.TITLE,
                        CONTACT.PHONE, CONTACT.MOBILE, CONTACT.PHONE_KEY, CONTACT.EMAIL, CONTACT.WECHAT, CONTACT.IS_PRIMARY,
                        CONTACT.CREATED_AT, CONTACT.CREATED_BY, CONTACT.UPDATED_AT, CONTACT.UPDATED_BY, CONTACT.IMPORT_BATCH_ID)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        for (Contact c : contacts) {
            String key = NameKeys.phoneKey(c.mobile());
            batch.bind(c.customerId(), c.name().trim(), blank(c.title()), blank(c.phone()), blank(c.mobile()),
                    key != null ? key : NameKeys.phoneKey(c.phone()), blank(c.email()), blank(c.wechat()), c.primary(),
                    now, actor, now, actor, batchId);
        }
        batch.execute();
    }

    /** "customer id|name" → id of the contacts of the customers a batch created. */
    public Map<String, Long> contactIdsOfBatch(long batchId) {
        Map<String, Long> ids = new HashMap<>();
        dsl.select(CONTACT.CUSTOMER_ID, CONTACT.NAME, CONTACT.ID).from(CONTACT).join(CUSTOMER)
                .on(CUSTOMER.ID.eq(CONTACT.CUSTOMER_ID)).where(CUSTOMER.IMPORT_BATCH_ID.eq(batchId))
                .forEach(r -> ids.put(r.value1() + "|" + r.value2(), r.value3()));
        return ids;
    }

    /** Inserts the orders; returns their ids, in the order given. */
    public long[] insertOrders(List<NewOrder> orders, long batchId, Long actor, Instant now) {
        return BulkInsert.insertReturningIds(dsl, SALES_ORDER, SALES_ORDER.ID, List.of(SALES_ORDER.ORDER_NO, SALES_ORDER.TITLE,
                        SALES_ORDER.CUSTOMER_ID, SALES_ORDER.CONTACT_ID, SALES_ORDER.PIPELINE_ID, SALES_ORDER.STAGE_ID,
                        SALES_ORDER.STAGE_ENTERED_AT, SALES_ORDER.OWNER_ID, SALES_ORDER.PRIORITY, SALES_ORDER.AMOUNT,
                        SALES_ORDER.CURRENCY, SALES_ORDER.ORDER_DATE, SALES_ORDER.EXPECTED_CLOSE,
                        SALES_ORDER.PROMISED_DELIVERY, SALES_ORDER.SHIP_BY, SALES_ORDER.PAYMENT_DUE,
                        SALES_ORDER.QUOTE_EXPIRES, SALES_ORDER.CONTRACT_EXPIRES, SALES_ORDER.STATUS,
                        SALES_ORDER.LOST_REASON, SALES_ORDER.NOTES, SALES_ORDER.IMPORT_BATCH_ID, SALES_ORDER.CREATED_AT,
                        SALES_ORDER.CREATED_BY, SALES_ORDER.UPDATED_AT, SALES_ORDER.UPDATED_BY),
                orders, o -> {
                    OrderDraft d = o.draft();
                    return new Object[] {o.orderNo(), d.title().trim(), d.customerId(), d.contactId(), o.pipelineId(),
                            o.stageId(), o.stageEnteredAt(), d.ownerId(), d.priority().code(), d.amount(), d.currency(),
                            d.orderDate(), d.expectedClose(), d.promisedDelivery(), d.shipBy(), d.paymentDue(),
                            d.quoteExpires(), d.contractExpires(), d.status().code(), blank(d.lostReason()),
                            blank(d.notes()), batchId, now, actor, now, actor};
                });
    }

    public void insertLines(List<LineRow> lines) {
        if (lines.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.insertInto(ORDER_LINE, ORDER_LINE.ORDER_ID, ORDER_LINE.POSITION,
                        ORDER_LINE.PRODUCT, ORDER_LINE.MODEL, ORDER_LINE.SPEC, ORDER_LINE.QUANTITY, ORDER_LINE.UNIT_PRICE)
                .values((Long) null, null, null, null, null, null, null));
        for (LineRow l : lines) {
            batch.bind(l.orderId(), l.position(), l.line().product(), l.line().model(), l.line().spec(),
                    l.line().quantity(), l.line().unitPrice());
        }
        batch.execute();
    }

    public void insertShipments(List<NewShipment> shipments, Long actor, Instant now) {
        if (shipments.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.insertInto(SHIPMENT, SHIPMENT.ORDER_ID, SHIPMENT.CARRIER,
                        SHIPMENT.TRACKING_NO, SHIPMENT.SHIPPED_AT, SHIPMENT.CREATED_AT, SHIPMENT.CREATED_BY,
                        SHIPMENT.UPDATED_AT, SHIPMENT.UPDATED_BY)
                .values((Long) null, null, null, null, null, null, null, null));
        for (NewShipment s : shipments) {
            batch.bind(s.orderId(), blank(s.carrier()), blank(s.trackingNo()), s.shippedAt(), now, actor, now, actor);
        }
        batch.execute();
    }

    public void insertPayments(List<NewPayment> payments, Long actor, Instant now) {
        if (payments.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.insertInto(PAYMENT, PAYMENT.ORDER_ID, PAYMENT.DUE_AMOUNT, PAYMENT.DUE_DATE,
                        PAYMENT.RECEIVED_AMOUNT, PAYMENT.RECEIVED_DATE, PAYMENT.CREATED_AT, PAYMENT.CREATED_BY,
                        PAYMENT.UPDATED_AT, PAYMENT.UPDATED_BY)
                .values((Long) null, null, null, null, null, null, null, null, null));
        for (NewPayment p : payments) {
            batch.bind(p.orderId(), p.dueAmount(), p.dueDate(), p.receivedAmount(), p.receivedDate(), now, actor, now,
                    actor);
        }
        batch.execute();
    }

    /** Version-checked updates of orders (lines untouched); each result is 1, or 0 when someone saved first. */
    public int[] updateOrders(List<OrderUpdate> updates, Long actor, Instant now) {
        if (updates.isEmpty()) {
            return new int[0];
        }
        BatchBindStep batch = dsl.batch(dsl.update(SALES_ORDER)
                .set(SALES_ORDER.TITLE, (String) null).set(SALES_ORDER.CONTACT_ID, (Long) null)
                .set(SALES_ORDER.OWNER_ID, (Long) null).set(SALES_ORDER.PRIORITY, (String) null)
                .set(SALES_ORDER.AMOUNT, (BigDecimal) null).set(SALES_ORDER.CURRENCY, (String) null)
                .set(SALES_ORDER.ORDER_DATE, (LocalDate) null).set(SALES_ORDER.EXPECTED_CLOSE, (LocalDate) null)
                .set(SALES_ORDER.PROMISED_DELIVERY, (LocalDate) null).set(SALES_ORDER.SHIP_BY, (LocalDate) null)
                .set(SALES_ORDER.PAYMENT_DUE, (LocalDate) null).set(SALES_ORDER.QUOTE_EXPIRES, (LocalDate) null)
                .set(SALES_ORDER.CONTRACT_EXPIRES, (LocalDate) null).set(SALES_ORDER.STATUS, (String) null)
                .set(SALES_ORDER.LOST_REASON, (String) null).set(SALES_ORDER.NOTES, (String) null)
                .set(SALES_ORDER.STAGE_ID, (Long) null).set(SALES_ORDER.STAGE_ENTERED_AT, (Instant) null)
                .set(SALES_ORDER.VERSION, (Integer) null).set(SALES_ORDER.UPDATED_AT, (Instant) null)
                .set(SALES_ORDER.UPDATED_BY, (Long) null)
                .where(SALES_ORDER.ID.eq((Long) null).and(SALES_ORDER.VERSION.eq((Integer) null))));
        for (OrderUpdate u : updates) {
            OrderDraft d = u.draft();
            batch.bind(d.title().trim(), d.contactId(), d.ownerId(), d.priority().code(), d.amount(), d.currency(),
                    d.orderDate(), d.expectedClose(), d.promisedDelivery(), d.shipBy(), d.paymentDue(),
                    d.quoteExpires(), d.contractExpires(), d.status().code(), blank(d.lostReason()), blank(d.notes()),
                    u.stageId(), u.stageEnteredAt(), u.expectedVersion() + 1, now, actor, u.id(), u.expectedVersion());
        }
        return batch.execute();
    }

    /**
     * Inserts follow-ups in bulk; with {@code withIds}, returns their ids in the order given (for their
     * extra fields), otherwise an empty array: most files have none, and the ids cost their fetch.
     */
    public long[] insertFollowUps(List<NewFollowUp> followUps, ZoneId zone, long batchId, Long actor, Instant now,
                                  boolean withIds) {
        return BulkInsert.run(dsl, FOLLOW_UP, withIds ? FOLLOW_UP.ID : null, List.of(FOLLOW_UP.CUSTOMER_ID, FOLLOW_UP.ORDER_ID,
                        FOLLOW_UP.HAPPENED_AT, FOLLOW_UP.METHOD, FOLLOW_UP.SUMMARY, FOLLOW_UP.FEEDBACK,
                        FOLLOW_UP.RESULT_STATUS, FOLLOW_UP.NEXT_ACTION, FOLLOW_UP.NEXT_DUE_AT, FOLLOW_UP.NEXT_DUE_HAS_TIME,
                        FOLLOW_UP.NEXT_OWNER_ID, FOLLOW_UP.NEXT_DONE_AT, FOLLOW_UP.NEXT_DONE_BY,
                        FOLLOW_UP.IMPORT_BATCH_ID, FOLLOW_UP.CREATED_AT, FOLLOW_UP.CREATED_BY, FOLLOW_UP.UPDATED_AT,
                        FOLLOW_UP.UPDATED_BY),
                followUps, f -> {
                    FollowUpDraft d = f.draft();
                    boolean step = d.hasNextStep();
                    return new Object[] {d.customerId(), d.orderId(), d.happenedAt(), d.method().code(),
                            d.summary().trim(), blank(d.feedback()), blank(d.resultStatus()),
                            step ? d.nextAction().trim() : null, step ? d.nextDueAt(zone) : null,
                            step && d.nextDueTime() != null, step ? d.nextOwnerId() : null,
                            step ? f.nextDoneAt() : null, step && f.nextDoneAt() != null ? actor : null, batchId, now,
                            actor, now, actor};
                });
    }

    /** Field-level audit entries of a batch (updates, single creations), in one JDBC batch. */
    public void audit(List<AuditRow> rows, long batchId, Long actor, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.insertInto(AUDIT_ENTRY, AUDIT_ENTRY.AT, AUDIT_ENTRY.USER_ID,
                        AUDIT_ENTRY.ENTITY, AUDIT_ENTRY.ENTITY_ID, AUDIT_ENTRY.ACTION, AUDIT_ENTRY.FIELD,
                        AUDIT_ENTRY.OLD_VALUE, AUDIT_ENTRY.NEW_VALUE, AUDIT_ENTRY.IMPORT_BATCH_ID)
                .values((Instant) null, null, null, null, null, null, null, null, null));
        for (AuditRow r : rows) {
            batch.bind(now, actor, r.entity(), r.entityId(), r.action(), r.field(), clip(r.oldValue()),
                    clip(r.newValue()), batchId);
        }
        batch.execute();
    }

    /**
     * The "create" audit entries of the contacts the batch gave its new customers and, when
     * {@code toOrdersBefore}, the "followup" entries of the orders that were there before it,
     * written in bulk. The customers, orders and follow-ups a batch creates have no entry each:
     * their IMPORT_BATCH_ID and the batch row say who made them, when and from which file (the
     * history shows that as one "imported" line), and 200,000 entries would double the work of a
     * large import. Contacts carry no batch column, so theirs stay.
     */
    public int auditCreationsOfBatch(long batchId, Long actor, Instant now, boolean toOrdersBefore) {
        var b = val(batchId);
        int written = dsl.insertInto(AUDIT_ENTRY, AUDIT_ENTRY.AT, AUDIT_ENTRY.USER_ID, AUDIT_ENTRY.ENTITY, AUDIT_ENTRY.ENTITY_ID,
                        AUDIT_ENTRY.ACTION, AUDIT_ENTRY.FIELD, AUDIT_ENTRY.NEW_VALUE, AUDIT_ENTRY.IMPORT_BATCH_ID)
                .select(DSL.select(val(now), val(actor), inline("contact"), CONTACT.ID, inline("create"),
                                inline("name"), CONTACT.NAME, b)
                        .from(CONTACT).join(CUSTOMER).on(CUSTOMER.ID.eq(CONTACT.CUSTOMER_ID))
                        .where(CUSTOMER.IMPORT_BATCH_ID.eq(batchId)).orderBy(CONTACT.ID))
                .execute();
        if (!toOrdersBefore) {
            return written;
        }
        // the history of an order that was there before shows the follow-ups the import added to it, as
        // logging one by hand does
        return written + dsl.insertInto(AUDIT_ENTRY, AUDIT_ENTRY.AT, AUDIT_ENTRY.USER_ID, AUDIT_ENTRY.ENTITY, AUDIT_ENTRY.ENTITY_ID,
                        AUDIT_ENTRY.ACTION, AUDIT_ENTRY.FIELD, AUDIT_ENTRY.NEW_VALUE, AUDIT_ENTRY.IMPORT_BATCH_ID)
                .select(DSL.select(val(now), val(actor), inline("order"), FOLLOW_UP.ORDER_ID, inline("followup"),
                                inline("summary"), FOLLOW_UP.SUMMARY, b)
                        .from(FOLLOW_UP).join(SALES_ORDER).on(SALES_ORDER.ID.eq(FOLLOW_UP.ORDER_ID))
                        .where(FOLLOW_UP.IMPORT_BATCH_ID.eq(batchId))
                        .and(SALES_ORDER.IMPORT_BATCH_ID.isNull().or(SALES_ORDER.IMPORT_BATCH_ID.ne(batchId)))
                        .orderBy(FOLLOW_UP.ID))
                .execute();
    }

    private static String blank(String s) {
        return CustomerRepository.blankToNull(s);
    }

    private static String clip(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 3999) + "…";
    }
}
