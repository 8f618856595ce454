package app.gendan.service.imports;

import app.gendan.domain.GendanException;
import app.gendan.service.Writes;
import app.gendan.store.Database;
import app.gendan.store.ImportBatchRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Importing Excel/CSV trackers into Gendan, for the wizard and {@code gendan import} alike.
 * <ol>
 *   <li>{@link #inspect} a file: its sheets, detected header rows and column mappings (a mapping
 *       saved for the same header layout wins over the automatic one);</li>
 *   <li>{@link #preview} a request: what importing would create, update and skip, every problem
 *       by sheet, row and column, and unknown status words, without writing;</li>
 *   <li>{@link #run} it: all or nothing in one transaction, recorded as an import batch;</li>
 *   <li>{@link #batches} lists past imports and {@link #revert} undoes one as a whole.</li>
 * </ol>
 * Every method may take long on a big file: call it off the UI thread. A file that cannot be
 * read at all fails with a {@link GendanException} carrying an {@code imports.error.*} key; a
 * cancelled preview or import throws {@link ImportCancelledException} and writes nothing.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final Database db;
    private final Writes writes;
    private final Clock clock;

    public ImportService(Database db, Writes writes, Clock clock) {
        this.db = db;
        this.writes = writes;
        this.clock = clock;
    }

    /** Opens a file and offers its sheets with detected header rows and mappings. */
    public ImportInspection inspect(Path file) {
        try (TrackerImport imp = TrackerImport.open(file, options(null))) {
            List<SheetOffer> offers = new ArrayList<>();
            for (SheetInfo sheet : imp.file().sheets()) {
                SheetPlan plan = imp.plans().stream().filter(p -> p.sheet().index() == sheet.index()).findFirst()
                        .orElse(null);
                int declared = sheet.lastRow() > 0 && plan != null ? Math.max(0, sheet.lastRow() - plan.headerRow()) : -1;
                offers.add(new SheetOffer(sheet, plan, declared));
            }
            return new ImportInspection(file, imp.file().fileName(), imp.file().format(),
                    imp.file().textFormat().orElse(null), offers);
        }
    }

    /** The plan of one sheet read with the header in another row than detected (1-based). */
    public SheetPlan planWithHeaderRow(Path file, String sheet, int headerRow) {
        try (TrackerImport imp = TrackerImport.open(file, options(null))) {
            return imp.planWithHeaderRow(imp.file().sheet(sheet), headerRow);
        }
    }

    /** What importing would do, computed against the database; nothing is written. */
    public ImportPreview preview(ImportRequest request, ImportProgress progress, BooleanSupplier cancel) {
        throw new UnsupportedOperationException("preview");
    }

    /**
     * Imports in one transaction: either everything of the request is stored as one batch, or
     * (on cancel, failure or a killed process) nothing is. Re-importing a file already imported
     * writes nothing and says so ({@link ImportSummary#nothingNew()}).
     */
    public ImportSummary run(ImportRequest request, ImportProgress progress, BooleanSupplier cancel) {
        throw new UnsupportedOperationException("run");
    }

    /** Every import, newest first. */
    public List<ImportBatchInfo> batches() {
        return db.read(s -> s.importBatches().all()).stream().map(ImportService::info).toList();
    }

    public Optional<ImportBatchInfo> batch(long batchId) {
        return db.read(s -> s.importBatches().byId(batchId)).map(ImportService::info);
    }

    /**
     * Undoes a committed batch as a whole: what it created is removed, what it updated is restored
     * from the audit trail. Refused, changing nothing, when a colleague has edited one of those
     * rows since ({@code imports.revert.editedSince}) or the batch is already reverted.
     */
    public ImportBatchInfo revert(long batchId) {
        throw new UnsupportedOperationException("revert");
    }

    /** The mapping saved for a header layout (see {@link HeaderSignature}), if any. */
    public Optional<ColumnMapping> savedMapping(String headerSignature) {
        Optional<String> json = db.read(s -> s.importMappings().json(headerSignature));
        try {
            return json.map(MappingJson::read);
        } catch (GendanException e) {
            LOG.warn("Ignoring the damaged saved mapping of {}", headerSignature, e);
            return Optional.empty();
        }
    }

    /** Remembers a mapping for its header layout, so the next file with the same headers is mapped alike. */
    public void saveMapping(String headerSignature, ColumnMapping mapping) {
        String json = MappingJson.write(mapping);
        writes.run("import_mapping", tx -> {
            tx.store().importMappings().put(headerSignature, json, tx.now());
            return null;
        });
    }

    public void saveMapping(ColumnMapping mapping) {
        saveMapping(mapping.signature(), mapping);
    }

    private ImportOptions options(ImportRequest request) {
        ImportOptions o = new ImportOptions(request == null ? null : request.referenceDate(),
                request == null ? null : request.dateOrder(), this::savedMapping,
                request == null ? null : request.stageOverrides());
        return o;
    }

    static ImportBatchInfo info(ImportBatchRepository.Batch b) {
        return new ImportBatchInfo(b.id(), b.fileName(), b.fileHash(), SheetNames.parse(b.sheets()), b.importedAt(),
                b.importedBy(), b.rows(), b.customersCreated(), b.customersUpdated(), b.ordersCreated(),
                b.ordersUpdated(), b.followUpsCreated(), b.skipped(), ImportBatchStatus.fromCode(b.status()),
                b.revertedAt(), b.revertedBy());
    }
}
