package app.gendan.service.imports.write;

import app.gendan.service.imports.revert.BatchReverter;
import app.gendan.store.BatchManifest;
import app.gendan.store.ImportBatchRepository;
import app.gendan.store.StoreTx;
import app.gendan.store.WriteTx;
import java.util.Optional;

/**
 * The second step of an import or a revert on a shared file, in a transaction of its own after the
 * large one's commit (see V7__import_batch_completion.sql for why H2 needs it):
 * <ul>
 *   <li>a pending import whose manifest (its last write) matches the rows the file holds becomes
 *       committed; one whose manifest is missing or does not match was cut short by a crash while it
 *       was being committed: what there is of it is removed and it becomes failed, so the file can be
 *       imported again;</li>
 *   <li>a batch left reverting is reverted to the end.</li>
 * </ul>
 * The batch row is locked without waiting: a batch another transaction holds is still at work (or
 * being finished by a colleague's app), and is left alone.
 */
public final class BatchCompletion {
    /** What finishing a batch did. */
    public enum Outcome {
        /** The import was all there: committed now. */
        COMMITTED,
        /** Part of the import was there: removed, the batch marked failed. */
        FAILED,
        /** The half-done revert was done to the end. */
        REVERTED,
        /** Another transaction holds the batch: nothing done now. */
        BUSY,
        /** Nothing to finish: no such batch, or already committed, failed or reverted. */
        NOTHING
    }

    private BatchCompletion() {}

    public static Outcome finish(WriteTx tx, long batchId) {
        return finish(tx, batchId, false);
    }

    /**
     * The second step right after the import's own commit returned. H2 answers a commit only once
     * every row of it is committed (and Database.transaction has written it to the file), so the batch's rows
     * need not be counted again (that took about 1.5 s for 100,000 rows): its manifest being there is
     * enough. A batch whose commit did not return is finished by {@link #finish(WriteTx, long)}, which counts.
     */
    public static Outcome finishReturned(WriteTx tx, long batchId) {
        return finish(tx, batchId, true);
    }

    private static Outcome finish(WriteTx tx, long batchId, boolean commitReturned) {
        StoreTx s = tx.store();
        ImportBatchRepository batches = s.importBatches();
        Optional<String> status = batches.lockStatus(batchId);
        if (status.isEmpty()) {
            return batches.byId(batchId).isPresent() ? Outcome.BUSY : Outcome.NOTHING;
        }
        switch (status.get()) {
            case ImportBatchRepository.PENDING -> {
                Optional<BatchManifest> written = batches.manifest(batchId);
                if (written.isPresent() && (commitReturned || written.get().matches(batches.rowsOf(batchId)))) {
                    batches.move(batchId, ImportBatchRepository.PENDING, ImportBatchRepository.COMMITTED);
                    return Outcome.COMMITTED;
                }
                new BatchReverter(tx, batchId).removeUnfinished();
                batches.move(batchId, ImportBatchRepository.PENDING, ImportBatchRepository.FAILED);
                tx.audit("import", batchId, "fail");
                return Outcome.FAILED;
            }
            case ImportBatchRepository.REVERTING -> {
                new BatchReverter(tx, batchId).revert();
                return Outcome.REVERTED;
            }
            default -> {
                return Outcome.NOTHING;
            }
        }
    }
}
