package app.gendan.service.imports;

import java.time.Instant;
import java.util.List;

/** One import as the Data page lists it: file, when and by whom, what it did, and whether it was reverted. */
public record ImportBatchInfo(long id, String fileName, String fileHash, List<String> sheets,
                              Instant importedAt, String importedBy,
                              int rows, int customersCreated, int customersUpdated,
                              int ordersCreated, int ordersUpdated, int followUpsCreated, int skipped,
                              ImportBatchStatus status, Instant revertedAt, String revertedBy) {

    public ImportBatchInfo {
        sheets = List.copyOf(sheets);
    }

    public boolean revertible() {
        return status == ImportBatchStatus.COMMITTED;
    }
}
