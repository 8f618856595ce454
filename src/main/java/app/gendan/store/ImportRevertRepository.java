package app.gendan.store;

import static app.gendan.store.generated.Tables.APP_USER;
import static app.gendan.store.generated.Tables.AUDIT_ENTRY;
import static app.gendan.store.generated.Tables.CONTACT;
import static app.gendan.store.generated.Tables.CUSTOMER;
import static app.gendan.store.generated.Tables.EXTRA_FIELD;
import static app.gendan.store.generated.Tables.FOLLOW_UP;
import static app.gendan.store.generated.Tables.IMPORT_BATCH;
import static app.gendan.store.generated.Tables.NOTIFICATION_LOG;
import static app.gendan.store.generated.Tables.SALES_ORDER;
import static app.gendan.store.generated.Tables.USER_PREFERENCE;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;

import app.gendan.domain.Customer;
import app.gendan.domain.SalesOrder;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What reverting an import batch reads and deletes. */
public final class ImportRevertRepository {
    /** An audit entry of the batch that changed a field of a row that existed before it. */
    public record FieldUpdate(long auditId, String entity, long entityId, String action, String field, String oldValue) {}

    /** A change made after the batch to a row the batch touched, and by whom (null: unknown). */
    public record LaterChange(String entity, long entityId, String byName) {}

    private final DSLContext dsl;

    ImportRevertRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The highest audit id the batch wrote (0 when it wrote none). */
    public long lastAuditId(long batchId) {
        Long max = dsl.select(DSL.max(AUDIT_ENTRY.ID)).from(AUDIT_ENTRY).where(AUDIT_ENTRY.IMPORT_BATCH_ID.eq(batchId))
                .fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    /**
     * The first change recorded after the batch on any row the batch created or updated, not
     * counting changes of batches that were reverted since.
     */
    public Optional<LaterChange> laterChange(long batchId, long afterAuditId) {
        var mine = AUDIT_ENTRY.as("mine");
        var later = AUDIT_ENTRY.as("later");
        Condition notReverted = later.IMPORT_BATCH_ID.isNull().or(later.IMPORT_BATCH_ID.ne(batchId)
                .and(later.IMPORT_BATCH_ID.notIn(DSL.select(IMPORT_BATCH.ID).from(IMPORT_BATCH)
                        .where(IMPORT_BATCH.STATUS.eq("reverted")))));
        return dsl.select(later.ENTITY, later.ENTITY_ID, APP_USER.DISPLAY_NAME)
                .from(later)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(later.USER_ID))
                .where(later.ID.gt(afterAuditId))
                .and(notReverted)
                .and(DSL.exists(DSL.selectOne().from(mine).where(mine.IMPORT_BATCH_ID.eq(batchId)
                                .and(mine.ENTITY.eq(later.ENTITY)).and(mine.ENTITY_ID.eq(later.ENTITY_ID))))
                        // the customers, orders and follow-ups a batch created carry its id instead of audit entries
                        .or(later.ENTITY.eq("customer").and(later.ENTITY_ID.in(
                                DSL.select(CUSTOMER.ID).from(CUSTOMER).where(CUSTOMER.IMPORT_BATCH_ID.eq(batchId)))))
                        .or(later.ENTITY.eq("order").and(later.ENTITY_ID.in(
                                DSL.select(SALES_ORDER.ID).from(SALES_ORDER).where(SALES_ORDER.IMPORT_BATCH_ID.eq(batchId)))))
                        .or(later.ENTITY.eq("followup").and(later.ENTITY_ID.in(
                                DSL.select(FOLLOW_UP.ID).from(FOLLOW_UP).where(FOLLOW_UP.IMPORT_BATCH_ID.eq(batchId))))))
                .orderBy(later.ID)
                .limit(1)
                .fetchOptional(r -> new LaterChange(r.value1(), r.value2(), r.value3()));
    }

    /** A row the batch created whose version moved although no audit entry says so. */
    public Optional<LaterChange> createdRowChanged(long batchId) {
        var c = dsl.select(inline("customer"), CUSTOMER.ID).from(CUSTOMER)
                .where(CUSTOMER.IMPORT_BATCH_ID.eq(batchId).and(CUSTOMER.VERSION.ne(0)));
        var o = dsl.select(inline("order"), SALES_ORDER.ID).from(SALES_ORDER)
                .where(SALES_ORDER.IMPORT_BATCH_ID.eq(batchId).and(SALES_ORDER.VERSION.ne(0)));
        var f = dsl.select(inline("followup"), FOLLOW_UP.ID).from(FOLLOW_UP)
                .where(FOLLOW_UP.IMPORT_BATCH_ID.eq(batchId).and(FOLLOW_UP.VERSION.ne(0)));
        return c.unionAll(o).unionAll(f).limit(1).fetchOptional(r -> new LaterChange(r.value1(), r.value2(), null));
    }

    /** A customer the batch created that rows outside the batch now point at (an order, a follow-up, a contact). */
    public Optional<Long> customerUsedElsewhere(long batchId) {
        var batchCustomers = DSL.select(CUSTOMER.ID).from(CUSTOMER).where(CUSTOMER.IMPORT_BATCH_ID.eq(batchId));
        var createdContacts = DSL.select(AUDIT_ENTRY.ENTITY_ID).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.IMPORT_BATCH_ID.eq(batchId).and(AUDIT_ENTRY.ENTITY.eq("contact"))
                        .and(AUDIT_ENTRY.ACTION.eq("create")));
        var o = dsl.select(SALES_ORDER.CUSTOMER_ID).from(SALES_ORDER)
                .where(SALES_ORDER.CUSTOMER_ID.in(batchCustomers)
                        .and(SALES_ORDER.IMPORT_BATCH_ID.isNull().or(SALES_ORDER.IMPORT_BATCH_ID.ne(batchId))));
        var f = dsl.select(FOLLOW_UP.CUSTOMER_ID).from(FOLLOW_UP)
                .where(FOLLOW_UP.CUSTOMER_ID.in(batchCustomers)
                        .and(FOLLOW_UP.IMPORT_BATCH_ID.isNull().or(FOLLOW_UP.IMPORT_BATCH_ID.ne(batchId))));
        var k = dsl.select(CONTACT.CUSTOMER_ID).from(CONTACT)
                .where(CONTACT.CUSTOMER_ID.in(batchCustomers).and(CONTACT.ID.notIn(createdContacts)));
        return o.unionAll(f).unionAll(k).limit(1).fetchOptional(r -> r.value1());
    }

    /** The batch's audit entries on rows that existed before it, oldest first. */
    public List<FieldUpdate> fieldUpdates(long batchId) {
        return dsl.select(AUDIT_ENTRY.ID, AUDIT_ENTRY.ENTITY, AUDIT_ENTRY.ENTITY_ID, AUDIT_ENTRY.ACTION,
                        AUDIT_ENTRY.FIELD, AUDIT_ENTRY.OLD_VALUE)
                .from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.IMPORT_BATCH_ID.eq(batchId).and(AUDIT_ENTRY.ACTION.in("update", "move")))
                .orderBy(AUDIT_ENTRY.ID)
                .fetch(r -> new FieldUpdate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /**
     * Ids of the rows of one kind the batch created: from its audit entries, and for contacts and
     * users also from their batch column (schema V7), which is there even when their audit entry is not
     * (a batch the serving computer's crash left half-written).
     */
    public List<Long> created(long batchId, String entity) {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>(dsl.select(AUDIT_ENTRY.ENTITY_ID).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.IMPORT_BATCH_ID.eq(batchId).and(AUDIT_ENTRY.ENTITY.eq(entity))
                        .and(AUDIT_ENTRY.ACTION.eq("create")))
                .orderBy(AUDIT_ENTRY.ID)
                .fetch(AUDIT_ENTRY.ENTITY_ID));
        if (entity.equals("contact")) {
            ids.addAll(dsl.select(CONTACT.ID).from(CONTACT).where(CONTACT.IMPORT_BATCH_ID.eq(batchId)).fetch(CONTACT.ID));
        } else if (entity.equals("user")) {
            ids.addAll(dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.IMPORT_BATCH_ID.eq(batchId)).fetch(APP_USER.ID));
        }
        return List.copyOf(ids);
    }

    public List<SalesOrder> orders(Collection<Long> ids) {
        return new ImportLookupRepository(dsl).orders(ids);
    }

    public List<Customer> customers(Collection<Long> ids) {
        return dsl.selectFrom(CUSTOMER).where(CUSTOMER.ID.in(ids)).fetch(CustomerRepository::toCustomer);
    }

    public Optional<String> orderNo(long orderId) {
        return dsl.select(SALES_ORDER.ORDER_NO).from(SALES_ORDER).where(SALES_ORDER.ID.eq(orderId))
                .fetchOptional(SALES_ORDER.ORDER_NO);
    }

    public Optional<String> customerName(long customerId) {
        return dsl.select(CUSTOMER.NAME).from(CUSTOMER).where(CUSTOMER.ID.eq(customerId)).fetchOptional(CUSTOMER.NAME);
    }

    public Optional<String> contactName(long contactId) {
        return dsl.select(CONTACT.NAME).from(CONTACT).where(CONTACT.ID.eq(contactId)).fetchOptional(CONTACT.NAME);
    }

    public Optional<String> followUpCustomerName(long followUpId) {
        return dsl.select(CUSTOMER.NAME).from(FOLLOW_UP).join(CUSTOMER).on(CUSTOMER.ID.eq(FOLLOW_UP.CUSTOMER_ID))
                .where(FOLLOW_UP.ID.eq(followUpId)).fetchOptional(CUSTOMER.NAME);
    }

    /** Records the removal of what the batch created, one audit entry per customer, order and follow-up. */
    public void auditRemovals(long batchId, Long actor, Instant now) {
        var b = val(batchId);
        dsl.insertInto(AUDIT_ENTRY, AUDIT_ENTRY.AT, AUDIT_ENTRY.USER_ID, AUDIT_ENTRY.ENTITY, AUDIT_ENTRY.ENTITY_ID,
                        AUDIT_ENTRY.ACTION, AUDIT_ENTRY.FIELD, AUDIT_ENTRY.OLD_VALUE, AUDIT_ENTRY.IMPORT_BATCH_ID)
                .select(DSL.select(val(now), val(actor), inline("followup"), FOLLOW_UP.ID, inline("delete"),
                                inline("summary"), FOLLOW_UP.SUMMARY, b)
                        .from(FOLLOW_UP).where(FOLLOW_UP.IMPORT_BATCH_ID.eq(batchId)).orderBy(FOLLOW_UP.ID))
                .execute();
        dsl.insertInto(AUDIT_ENTRY, AUDIT_ENTRY.AT, AUDIT_ENTRY.USER_ID, AUDIT_ENTRY.ENTITY, AUDIT_ENTRY.ENTITY_ID,
                        AUDIT_ENTRY.ACTION, AUDIT_ENTRY.FIELD, AUDIT_ENTRY.OLD_VALUE, AUDIT_ENTRY.IMPORT_BATCH_ID)
                .select(DSL.select(val(now), val(actor), inline("order"), SALES_ORDER.ID, inline("delete"),
                                inline("orderNo"), SALES_ORDER.ORDER_NO, b)
                        .from(SALES_ORDER).where(SALES_ORDER.IMPORT_BATCH_ID.eq(batchId)).orderBy(SALES_ORDER.ID))
                .execute();
        dsl.insertInto(AUDIT_ENTRY, AUDIT_ENTRY.AT, AUDIT_ENTRY.USER_ID, AUDIT_ENTRY.ENTITY, AUDIT_ENTRY.ENTITY_ID,
                        AUDIT_ENTRY.ACTION, AUDIT_ENTRY.FIELD, AUDIT_ENTRY.OLD_VALUE, AUDIT_ENTRY.IMPORT_BATCH_ID)
                .select(DSL.select(val(now), val(actor), inline("customer"), CUSTOMER.ID, inline("delete"),
                                inline("name"), CUSTOMER.NAME, b)
                        .from(CUSTOMER).where(CUSTOMER.IMPORT_BATCH_ID.eq(batchId)).orderBy(CUSTOMER.ID))
                .execute();
    }

    /** The audit trail of a batch that never completed: it goes with the rows. */
    public void deleteAuditOf(long batchId) {
        dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.IMPORT_BATCH_ID.eq(batchId)).execute();
    }

    /** Deletes what the batch created; lines, checklists, shipments and payments of its orders go with them. */
    public void deleteCreated(long batchId, Collection<Long> contactIds) {
        // the extra fields it gave records old and new: those of old records go, the records stay
        dsl.deleteFrom(EXTRA_FIELD).where(EXTRA_FIELD.IMPORT_BATCH_ID.eq(batchId)).execute();
        dsl.deleteFrom(FOLLOW_UP).where(FOLLOW_UP.IMPORT_BATCH_ID.eq(batchId)).execute();
        dsl.deleteFrom(SALES_ORDER).where(SALES_ORDER.IMPORT_BATCH_ID.eq(batchId)).execute();
        for (List<Long> chunk : ImportLookupRepository.chunks(contactIds)) {
            dsl.deleteFrom(CONTACT).where(CONTACT.ID.in(chunk)).execute();
        }
        dsl.deleteFrom(CONTACT).where(CONTACT.IMPORT_BATCH_ID.eq(batchId)).execute();
        dsl.deleteFrom(CUSTOMER).where(CUSTOMER.IMPORT_BATCH_ID.eq(batchId)).execute();
    }

    /**
     * Deletes users the batch created that nothing refers to any more; those still referred to
     * (a colleague gave them an order since) are deactivated instead. Returns how many were deleted.
     */
    public int deleteOrDeactivateUsers(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return 0;
        }
        var id = APP_USER.ID;
        Condition unused = DSL.notExists(DSL.selectOne().from(SALES_ORDER).where(SALES_ORDER.OWNER_ID.eq(id)
                        .or(SALES_ORDER.CREATED_BY.eq(id)).or(SALES_ORDER.UPDATED_BY.eq(id))))
                .and(DSL.notExists(DSL.selectOne().from(CUSTOMER).where(CUSTOMER.OWNER_ID.eq(id)
                        .or(CUSTOMER.CREATED_BY.eq(id)).or(CUSTOMER.UPDATED_BY.eq(id)))))
                .and(DSL.notExists(DSL.selectOne().from(FOLLOW_UP).where(FOLLOW_UP.NEXT_OWNER_ID.eq(id)
                        .or(FOLLOW_UP.CREATED_BY.eq(id)).or(FOLLOW_UP.NEXT_DONE_BY.eq(id)))))
                .and(DSL.notExists(DSL.selectOne().from(AUDIT_ENTRY).where(AUDIT_ENTRY.USER_ID.eq(id))))
                .and(DSL.notExists(DSL.selectOne().from(NOTIFICATION_LOG).where(NOTIFICATION_LOG.USER_ID.eq(id))))
                .and(DSL.notExists(DSL.selectOne().from(USER_PREFERENCE).where(USER_PREFERENCE.USER_ID.eq(id))))
                .and(DSL.notExists(DSL.selectOne().from(CONTACT).where(CONTACT.CREATED_BY.eq(id))));
        int deleted = dsl.deleteFrom(APP_USER).where(id.in(userIds).and(unused)).execute();
        dsl.update(APP_USER).set(APP_USER.ACTIVE, false).where(id.in(userIds)).execute();
        return deleted;
    }
}
