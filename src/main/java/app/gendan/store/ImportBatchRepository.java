package app.gendan.store;

import static app.gendan.store.generated.Tables.APP_USER;
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

    private final DSLContext dsl;

    ImportBatchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(String fileName, String fileHash, String sheets, String mappingJson, Counts c,
                       Long actor, Instant now) {
        return dsl.insertInto(IMPORT_BATCH)
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
                .set(IMPORT_BATCH.STATUS, "committed")
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
        return select().where(IMPORT_BATCH.FILE_HASH.eq(fileHash).and(IMPORT_BATCH.STATUS.eq("committed")))
                .orderBy(IMPORT_BATCH.ID.desc()).limit(1).fetchOptional(ImportBatchRepository::toBatch);
    }

    /** Newest first. */
    public List<Batch> all() {
        return select().orderBy(IMPORT_BATCH.ID.desc()).fetch(ImportBatchRepository::toBatch);
    }

    /** Marks a committed batch reverted; false when it was not committed (any more). */
    public boolean markReverted(long id, Long actor, Instant now) {
        return dsl.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.STATUS, "reverted")
                .set(IMPORT_BATCH.REVERTED_AT, now)
                .set(IMPORT_BATCH.REVERTED_BY, actor)
                .where(IMPORT_BATCH.ID.eq(id).and(IMPORT_BATCH.STATUS.eq("committed")))
                .execute() == 1;
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
