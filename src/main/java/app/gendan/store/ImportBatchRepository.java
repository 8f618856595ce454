package app.gendan.store;

import static app.gendan.store.generated.Tables.APP_USER;
import static app.gendan.store.generated.Tables.AUDIT_ENTRY;
import static app.gendan.store.generated.Tables.CONTACT;
import static app.gendan.store.generated.Tables.EXTRA_FIELD;
import static app.gendan.store.generated.Tables.FOLLOW_UP;
import static app.gendan.store.generated.Tables.ORDER_LINE;
import static app.gendan.store.generated.Tables.PAYMENT;
import static app.gendan.store.generated.Tables.SHIPMENT;
import static app.gendan.store.generated.Tables.CUSTOMER;
import static app.gendan.store.generated.Tables.IMPORT_BATCH;
import static app.gendan.store.generated.Tables.SALES_ORDER;

import app.gendan.store.generated.tables.records.ImportBatchRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Record;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The import_batch rows: one per import, with its counts and whether it was reverted. */
public final class ImportBatchRepository {
    /** A batch as stored, with the display names of who imported and who reverted it. */
    public record Batch(long id, String fileName, String fileHash, String sheets, String mappingJson,
                        int rows, int customersCreated, int customersUpdated, int ordersCreated, int ordersUpdated,
                        int followUpsCreated, int skipped, String status, Instant importedAt, Long importedById,
                        String importedBy, Instant revertedAt, String revertedBy) {}

    /** The counts written with a new batch. */
    public record Counts(int rows, int customersCreated, int customersUpdated, int ordersCreated, int ordersUpdated,
                         int followUpsCreated, int skipped) {}

    /** The values of the status column (see V7__import_batch_completion.sql). */
    public static final String PENDING = "pending";
    public static final String COMMITTED = "committed";
    public static final String FAILED = "failed";
    public static final String REVERTING = "reverting";
    public static final String REVERTED = "reverted";

    private final DSLContext dsl;

    ImportBatchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The batch row of an import being written: 'pending' until {@link #markCommitted} after its commit. */
    public long insert(String fileName, String fileHash, String sheets, String mappingJson, Counts c,
                       String token, Long actor, Instant now) {
        return dsl.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.TOKEN, token)
                .set(IMPORT_BATCH.FILE_NAME, clip(fileName, 500))
                .set(IMPORT_BATCH.FILE_HASH, fileHash)
                .set(IMPORT_BATCH.SHEETS, clip(sheets, 2000))
                .set(IMPORT_BATCH.MAPPING_JSON, mappingJson)
                .set(IMPORT_BATCH.ROWS_READ, c.rows())
                .set(IMPORT_BATCH.CUSTOMERS_CREATED, c.customersCreated())
                .set(IMPORT_BATCH.CUSTOMERS_UPDATED, c.customersUpdated())
                .set(IMPORT_BATCH.ORDERS_CREATED, c.ordersCreated())
                .set(IMPORT_BATCH.ORDERS_UPDATED, c.ordersUpdated())
                .set(IMPORT_BATCH.FOLLOWUPS_CREATED, c.followUpsCreated())
                .set(IMPORT_BATCH.SKIPPED, c.skipped())
                .set(IMPORT_BATCH.STATUS, PENDING)
                .set(IMPORT_BATCH.IMPORTED_AT, now)
                .set(IMPORT_BATCH.IMPORTED_BY, actor)
                .returning(IMPORT_BATCH.ID).fetchOne().getId();
    }

    public Optional<Batch> byId(long id) {
        return select().where(IMPORT_BATCH.ID.eq(id)).fetchOptional(ImportBatchRepository::toBatch);
    }

    /** The import that created an order, if one did. */
    public Optional<Batch> creatorOfOrder(long orderId) {
        return select().where(IMPORT_BATCH.ID.eq(DSL.select(SALES_ORDER.IMPORT_BATCH_ID).from(SALES_ORDER)
                .where(SALES_ORDER.ID.eq(orderId)))).fetchOptional(ImportBatchRepository::toBatch);
    }

    /** The import that created a customer, if one did. */
    public Optional<Batch> creatorOfCustomer(long customerId) {
        return select().where(IMPORT_BATCH.ID.eq(DSL.select(CUSTOMER.IMPORT_BATCH_ID).from(CUSTOMER)
                .where(CUSTOMER.ID.eq(customerId)))).fetchOptional(ImportBatchRepository::toBatch);
    }

    /** The newest committed (not reverted) batch of a file with this content hash. */
    public Optional<Batch> committedWithHash(String fileHash) {
        return select().where(IMPORT_BATCH.FILE_HASH.eq(fileHash).and(IMPORT_BATCH.STATUS.eq(COMMITTED)))
                .orderBy(IMPORT_BATCH.ID.desc()).limit(1).fetchOptional(ImportBatchRepository::toBatch);
    }

    /** Newest first. */
    public List<Batch> all() {
        return select().orderBy(IMPORT_BATCH.ID.desc()).fetch(ImportBatchRepository::toBatch);
    }

    /** Marks a committed (or half-reverted) batch reverted; false when it was neither (any more). */
    public boolean markReverted(long id, Long actor, Instant now) {
        return dsl.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.STATUS, REVERTED)
                .set(IMPORT_BATCH.REVERTED_AT, now)
                .set(IMPORT_BATCH.REVERTED_BY, actor)
                .where(IMPORT_BATCH.ID.eq(id).and(IMPORT_BATCH.STATUS.in(COMMITTED, REVERTING)))
                .execute() == 1;
    }

    /** Moves a batch from one status to another; false when it was not in {@code from} (any more). */
    public boolean move(long id, String from, String to) {
        return dsl.update(IMPORT_BATCH).set(IMPORT_BATCH.STATUS, to)
                .where(IMPORT_BATCH.ID.eq(id).and(IMPORT_BATCH.STATUS.eq(from))).execute() == 1;
    }

    /** The import's last write: what it wrote, to be compared with what the file holds after its commit. */
    public void setManifest(long id, BatchManifest manifest) {
        dsl.update(IMPORT_BATCH).set(IMPORT_BATCH.MANIFEST, manifest.format()).where(IMPORT_BATCH.ID.eq(id)).execute();
    }

    /** The manifest an import wrote last, if that write is there. */
    public java.util.Optional<BatchManifest> manifest(long id) {
        return dsl.select(IMPORT_BATCH.MANIFEST).from(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id))
                .fetchOptional(IMPORT_BATCH.MANIFEST).filter(m -> m != null).map(BatchManifest::parse);
    }

    /** The batch an app wrote under {@code token}, if its row is there. */
    public Optional<Batch> byToken(String token) {
        return select().where(IMPORT_BATCH.TOKEN.eq(token)).fetchOptional(ImportBatchRepository::toBatch);
    }

    /** Batches left pending or reverting: an import or revert whose second step has not happened. */
    public List<Long> unfinished() {
        return dsl.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(IMPORT_BATCH.STATUS.in(PENDING, REVERTING))
                .orderBy(IMPORT_BATCH.ID).fetch(IMPORT_BATCH.ID);
    }

    /**
     * Locks the batch row for this transaction and returns its status, or empty when another
     * transaction holds it (an import or revert still at work, or another app finishing it): nobody
     * waits for it.
     */
    public Optional<String> lockStatus(long id) {
        return dsl.select(IMPORT_BATCH.STATUS).from(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id))
                .forUpdate().skipLocked().fetchOptional(IMPORT_BATCH.STATUS);
    }

    /** How many rows of each table carry the batch (lines, shipments and payments through its orders). */
    public BatchManifest rowsOf(long id) {
        java.util.Map<String, Long> n = new java.util.LinkedHashMap<>();
        n.put("customer", (long) dsl.fetchCount(CUSTOMER, CUSTOMER.IMPORT_BATCH_ID.eq(id)));
        n.put("contact", (long) dsl.fetchCount(CONTACT, CONTACT.IMPORT_BATCH_ID.eq(id)));
        n.put("app_user", (long) dsl.fetchCount(APP_USER, APP_USER.IMPORT_BATCH_ID.eq(id)));
        n.put("sales_order", (long) dsl.fetchCount(SALES_ORDER, SALES_ORDER.IMPORT_BATCH_ID.eq(id)));
        var ofBatch = DSL.select(SALES_ORDER.ID).from(SALES_ORDER).where(SALES_ORDER.IMPORT_BATCH_ID.eq(id));
        n.put("order_line", (long) dsl.fetchCount(ORDER_LINE, ORDER_LINE.ORDER_ID.in(ofBatch)));
        n.put("shipment", (long) dsl.fetchCount(SHIPMENT, SHIPMENT.ORDER_ID.in(ofBatch)));
        n.put("payment", (long) dsl.fetchCount(PAYMENT, PAYMENT.ORDER_ID.in(ofBatch)));
        n.put("follow_up", (long) dsl.fetchCount(FOLLOW_UP, FOLLOW_UP.IMPORT_BATCH_ID.eq(id)));
        n.put("extra_field", (long) dsl.fetchCount(EXTRA_FIELD, EXTRA_FIELD.IMPORT_BATCH_ID.eq(id)));
        n.put("audit_entry", (long) dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.IMPORT_BATCH_ID.eq(id)));
        return new BatchManifest(n);
    }

    private org.jooq.SelectJoinStep<Record> select() {
        var importer = APP_USER.as("importer");
        var reverter = APP_USER.as("reverter");
        return dsl.select(IMPORT_BATCH.asterisk(), importer.DISPLAY_NAME.as("imported_by_name"),
                        reverter.DISPLAY_NAME.as("reverted_by_name"))
                .from(IMPORT_BATCH)
                .leftJoin(importer).on(importer.ID.eq(IMPORT_BATCH.IMPORTED_BY))
                .leftJoin(reverter).on(reverter.ID.eq(IMPORT_BATCH.REVERTED_BY));
    }

    private static Batch toBatch(Record rec) {
        ImportBatchRecord r = rec.into(IMPORT_BATCH);
        return new Batch(r.getId(), r.getFileName(), r.getFileHash(), r.getSheets(), r.getMappingJson(),
                r.getRowsRead(), r.getCustomersCreated(), r.getCustomersUpdated(), r.getOrdersCreated(),
                r.getOrdersUpdated(), r.getFollowupsCreated(), r.getSkipped(), r.getStatus(), r.getImportedAt(),
                r.getImportedBy(), rec.get("imported_by_name", String.class), r.getRevertedAt(),
                rec.get("reverted_by_name", String.class));
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
