package app.gendan.service.imports;

import app.gendan.domain.DatabaseException;
import app.gendan.domain.GendanException;
import app.gendan.domain.OrderNumberRule;
import app.gendan.domain.User;
import app.gendan.service.SettingsService;
import app.gendan.service.imports.detect.HeaderSignature;
import app.gendan.service.imports.plan.ImportLookups;
import app.gendan.service.imports.plan.ImportPlan;
import app.gendan.service.imports.plan.ImportPlanner;
import app.gendan.service.imports.plan.PlanFinisher;
import app.gendan.service.imports.read.FileHash;
import app.gendan.service.imports.read.SheetInfo;
import app.gendan.service.imports.revert.BatchReverter;
import app.gendan.service.imports.write.BatchCompletion;
import app.gendan.service.imports.write.PlanWriter;
import app.gendan.store.Database;
import app.gendan.store.ImportBatchRepository;
import app.gendan.store.StoreTx;
import app.gendan.store.Writes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
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
    private final SettingsService settings;
    private final Supplier<User> currentUser;

    public ImportService(Database db, Writes writes, Clock clock, SettingsService settings, Supplier<User> currentUser) {
        this.db = db;
        this.writes = writes;
        this.clock = clock;
        this.settings = settings;
        this.currentUser = currentUser;
    }

    /**
     * Starts the first pass over a workbook's sheets (hidden rows, merged cells, the last row: as long
     * as reading them) on a thread of its own, so that a command can open its database on the other
     * core meanwhile; {@link #inspect} then finds the pass done (the scan of the same, unchanged file
     * is reused). Whatever goes wrong here is left for the inspection to find and say. Only .xlsx files:
     * a text file's inspection reads little of it.
     */
    public static java.util.concurrent.Future<?> scanAhead(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
        java.util.concurrent.FutureTask<Void> scan = new java.util.concurrent.FutureTask<>(() -> {
            try (var ignored = app.gendan.service.imports.read.TrackerFile.open(file)) {
                return null;
            } catch (RuntimeException | OutOfMemoryError e) {
                LOG.debug("Scanning {} ahead failed; the inspection will say why", file, e);
                return null;
            }
        });
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            Thread.ofPlatform().daemon().name("gendan-scan-ahead").start(scan);
        } else {
            scan.cancel(false);
        }
        return scan;
    }

    /** Opens a file and offers its sheets with detected header rows and mappings. */
    public ImportInspection inspect(Path file) {
        return withinMemory(file, () -> inspectNow(file));
    }

    private ImportInspection inspectNow(Path file) {
        long started = System.nanoTime();
        try (TrackerImport imp = TrackerImport.open(file, options(null))) {
            ImportLaps.lap("inspection", started);
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
        return withinMemory(file, () -> planWithHeaderRowNow(file, sheet, headerRow));
    }

    private SheetPlan planWithHeaderRowNow(Path file, String sheet, int headerRow) {
        try (TrackerImport imp = TrackerImport.open(file, options(null))) {
            return imp.planWithHeaderRow(imp.file().sheet(sheet), headerRow);
        }
    }

    /** What importing would do, computed against the database; nothing is written. */
    public ImportPreview preview(ImportRequest request, ImportProgress progress, BooleanSupplier cancel) {
        return preview(request, null, progress, cancel);
    }

    /**
     * The same, sharing what earlier previews of the file read: after a mapping change only the
     * parsing and planning run again, not the reading of the file (see {@link PreviewCache}).
     *
     * @param cache null: read the file afresh
     */
    public ImportPreview preview(ImportRequest request, PreviewCache cache, ImportProgress progress, BooleanSupplier cancel) {
        return withinMemory(request.file(), () -> {
            try {
                return previewNow(request, cache, progress, cancel);
            } catch (OutOfMemoryError e) {
                if (cache != null) {
                    cache.clear(); // the rows kept are the first thing to let go of
                }
                throw e;
            }
        });
    }

    private ImportPreview previewNow(ImportRequest request, PreviewCache cache, ImportProgress progress, BooleanSupplier cancel) {
        String hash = cache == null ? hash(request) : cachedHash(request, cache);
        User user = currentUser.get();
        try (TrackerImport imp = cache == null ? TrackerImport.open(request.file(), options(request))
                : TrackerImport.open(cache.open(request.file()), options(request))) {
            return db.read(s -> {
                ImportBatchInfo already = s.importBatches().committedWithHash(hash).map(ImportService::info).orElse(null);
                Outcome o = plan(s, imp, request, user == null ? null : user.id(), clock.instant(), progress, cancel);
                return new ImportPreview(imp.file().fileName(), counts(o.plan(), already), o.reader().sheets,
                        o.plan().problems, o.reader().unknownStageWords, already, o.reader().unmappedColumns);
            });
        }
    }

    /**
     * Imports in one transaction: either everything of the request is stored as one batch, or
     * (on cancel, failure or a killed process) nothing is. Re-importing a file already imported
     * writes nothing and says so ({@link ImportSummary#nothingNew()}); the column mappings used
     * are remembered for the next file with the same headers.
     */
    public ImportSummary run(ImportRequest request, ImportProgress progress, BooleanSupplier cancel) {
        return withinMemory(request.file(), () -> runNow(request, progress, cancel));
    }

    /**
     * A file that needs more memory than the app's heap bound is refused with words, never with an
     * OutOfMemoryError (the work's transaction, if any, was rolled back on the way out).
     */
    private static <T> T withinMemory(Path file, Supplier<T> work) {
        try {
            return work.get();
        } catch (OutOfMemoryError e) {
            app.gendan.domain.MemoryReserve.release(); // room to unwind and say so
            long mb = app.gendan.domain.MemoryReserve.boundMb();
            GendanException refused = new GendanException(e, "imports.error.needsMoreMemory",
                    String.valueOf(file.getFileName()), mb);
            try {
                LOG.warn("Out of memory reading {} (heap bound {} MB)", file, mb);
            } catch (OutOfMemoryError again) {
                // the log line is a nicety; the refusal is what matters
            }
            app.gendan.domain.MemoryReserve.refill();
            throw refused;
        }
    }

    private ImportSummary runNow(ImportRequest request, ImportProgress progress, BooleanSupplier cancel) {
        long started = System.nanoTime();
        String hash = hash(request);
        OrderNumberRule rule = OrderNumberRule.parse(settings.orderNumberPattern());
        started = ImportLaps.lap("file hash", started);
        repairUnfinished(); // an import a crash cut short must not count as "already imported"
        try (TrackerImport imp = TrackerImport.open(request.file(), options(request))) {
            ImportLaps.lap("opening", started);
            long[] written = {0};
            String token = java.util.UUID.randomUUID().toString();
            ImportSummary[] done = {null};
            ImportSummary summary;
            try {
                summary = writes.runOnce("import", tx -> {
                StoreTx s = tx.store();
                ImportBatchInfo already = s.importBatches().committedWithHash(hash).map(ImportService::info).orElse(null);
                long t0 = System.nanoTime();
                Outcome o = plan(s, imp, request, tx.actor(), tx.now(), progress, cancel);
                ImportLaps.lap("reading and matching", t0);
                ImportCounts counts = counts(o.plan(), already);
                if (already != null || counts.nothingNew()) {
                    return summary(null, imp, o, counts, already);
                }
                long batchId = s.importBatches().insert(imp.file().fileName(), hash, SheetNames.write(o.reader().sheetNames),
                        mappingsJson(request), new ImportBatchRepository.Counts(counts.rows(), counts.customersCreated(),
                                counts.customersUpdated(), counts.ordersCreated(), counts.ordersUpdated(),
                                counts.followUpsCreated(), counts.skippedRows()),
                        token, tx.actor(), tx.now());
                PlanWriter writer = new PlanWriter(o.plan(), tx, batchId, progress, cancel, rule, imp.file().fileName());
                writer.write();
                for (SheetChoice c : request.sheets()) {
                    if (c.mapping() != null) {
                        s.importMappings().put(c.mapping().signature(), MappingJson.write(c.mapping()), tx.now());
                    }
                }
                if (cancel.getAsBoolean()) {
                    throw new ImportCancelledException();
                }
                // the last write: what the batch holds, checked against the file after the commit
                s.importBatches().setManifest(batchId, writer.manifest());
                written[0] = System.nanoTime();
                progress.update(ImportProgress.Phase.COMMITTING, 1, 1);
                done[0] = summary(batchId, imp, o, counts, already);
                return done[0];
            }, r -> r.batchId() == null ? OptionalLong.empty() : OptionalLong.of(r.batchId()));
            } catch (DatabaseException e) {
                if (!e.trouble().isConnection()) {
                    throw e;
                }
                summary = afterLostCommit(token, done[0], imp.file().fileName(), e);
            }
            if (written[0] != 0) {
                ImportLaps.lap("commit", written[0]);
            }
            if (summary.batchId() != null) {
                requireCommitted(summary.batchId(), imp.file().fileName());
            }
            LOG.info("Imported {}: batch {}, {}", imp.file().fileName(), summary.batchId(), summary.counts());
            return summary;
        }
    }

    /**
     * The connection broke while the import was being written or committed: find out, on a fresh
     * connection, what the file holds of it, finish it (committed when all of it is there, removed
     * when only part is) and say which.
     */
    private ImportSummary afterLostCommit(String token, ImportSummary done, String fileName, DatabaseException lost) {
        BatchCompletion.Outcome outcome;
        try {
            outcome = writes.run("import", tx -> tx.store().importBatches().byToken(token)
                            .map(b -> BatchCompletion.finish(tx, b.id())).orElse(BatchCompletion.Outcome.NOTHING),
                    o -> announce(o));
        } catch (RuntimeException e) {
            LOG.warn("Could not find out what became of the import of {}", fileName, e);
            throw new DatabaseException(lost, lost.trouble(), "imports.error.unconfirmed", fileName, db.server());
        }
        Optional<ImportBatchRepository.Batch> batch = db.read(s -> s.importBatches().byToken(token));
        if (batch.isPresent() && ImportBatchRepository.COMMITTED.equals(batch.get().status()) && done != null) {
            LOG.info("The import of {} committed although its connection broke ({})", fileName, outcome);
            return done;
        }
        if (outcome == BatchCompletion.Outcome.BUSY) {
            throw new DatabaseException(lost, lost.trouble(), "imports.error.unconfirmed", fileName, db.server());
        }
        throw new DatabaseException(lost, lost.trouble(), "imports.error.notCompleted", fileName, db.server());
    }

    /** The second step after a commit that returned: the batch is checked and committed, or the import failed. */
    private void requireCommitted(long batchId, String fileName) {
        writes.run("import", tx -> BatchCompletion.finishReturned(tx, batchId), o -> announce(o).isPresent()
                ? OptionalLong.of(batchId) : OptionalLong.empty());
        String status = db.read(s -> s.importBatches().byId(batchId)).map(ImportBatchRepository.Batch::status).orElse("");
        if (!ImportBatchRepository.COMMITTED.equals(status)) {
            throw new GendanException("imports.error.notCompleted", fileName, db.server());
        }
    }

    private static OptionalLong announce(BatchCompletion.Outcome o) {
        return switch (o) {
            case COMMITTED, FAILED, REVERTED -> OptionalLong.of(-1);
            default -> OptionalLong.empty();
        };
    }

    /**
     * Finishes every import or revert that a crash (of this app or of the computer serving the file)
     * left in the middle: a complete import is committed, a partial one removed, a half-done revert
     * done. Batches another app is still working on are left alone. Returns how many were finished.
     */
    public int repairUnfinished() {
        List<Long> open = db.read(s -> s.importBatches().unfinished());
        int finished = 0;
        for (long id : open) {
            BatchCompletion.Outcome o = writes.run("import", tx -> BatchCompletion.finish(tx, id),
                    outcome -> announce(outcome).isPresent() ? OptionalLong.of(id) : OptionalLong.empty());
            if (announce(o).isPresent()) {
                finished++;
                LOG.info("Finished import batch {} left unfinished: {}", id, o);
            }
        }
        return finished;
    }

    private record Outcome(RequestReader reader, ImportPlan plan) {}

    private Outcome plan(StoreTx s, TrackerImport imp, ImportRequest request, Long actor, Instant now,
                         ImportProgress progress, BooleanSupplier cancel) {
        ImportLookups lookups = ImportLookups.load(s, actor, request.pipelineId());
        ImportPlanner planner = new ImportPlanner(lookups);
        RequestReader reader = new RequestReader();
        reader.read(imp, request, planner, progress, cancel);
        // a step due a month before the file was last saved was done, or given up, back then
        LocalDate pastBefore = request.pastStepsOpen() ? null : imp.referenceDate().minusDays(PlanFinisher.PAST_STEP_DAYS);
        ImportPlan plan = new PlanFinisher(planner, s, clock.getZone(), now, pastBefore).finish();
        List<String> order = reader.sheetNames;
        plan.problems.sort(Comparator.comparingInt((ImportProblem p) -> order.indexOf(p.sheet()))
                .thenComparingInt(ImportProblem::row));
        return new Outcome(reader, plan);
    }

    /** The plan's counts, or only rows read and skipped when the very same file was imported before. */
    private static ImportCounts counts(ImportPlan plan, ImportBatchInfo already) {
        ImportCounts c = plan.counts;
        return already == null ? c : new ImportCounts(c.rows(), c.skippedRows(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static ImportSummary summary(Long batchId, TrackerImport imp, Outcome o, ImportCounts counts,
                                         ImportBatchInfo already) {
        return new ImportSummary(batchId, imp.file().fileName(), o.reader().sheetNames, counts, o.plan().problems,
                o.reader().unknownStageWords, already, o.reader().unmappedColumns);
    }

    private static String hash(ImportRequest request) {
        if (!Files.isRegularFile(request.file())) {
            throw new GendanException("imports.error.fileNotFound", String.valueOf(request.file().getFileName()));
        }
        return FileHash.of(request.file());
    }

    private static String cachedHash(ImportRequest request, PreviewCache cache) {
        if (!Files.isRegularFile(request.file())) {
            throw new GendanException("imports.error.fileNotFound", String.valueOf(request.file().getFileName()));
        }
        return cache.hash(request.file());
    }

    private static String mappingsJson(ImportRequest request) {
        Map<String, Object> bySheet = new LinkedHashMap<>();
        for (SheetChoice c : request.sheets()) {
            bySheet.put(c.sheet(), Map.of("headerRow", c.headerRow(), "mapping", c.mapping() == null ? "" : c.mapping()));
        }
        try {
            return new ObjectMapper().writeValueAsString(bySheet);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mappings always serialise", e);
        }
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
        // first a small step: refuse, or mark the batch as being reverted (it finishes even after a crash)
        writes.run("import", tx -> {
            new BatchReverter(tx, batchId).checkRevertible();
            if (!tx.store().importBatches().move(batchId, ImportBatchRepository.COMMITTED, ImportBatchRepository.REVERTING)) {
                throw new GendanException("imports.revert.alreadyReverted", batchId);
            }
            return batchId;
        }, id -> OptionalLong.of(id));
        try {
            writes.runOnce("import", tx -> {
                if (tx.store().importBatches().lockStatus(batchId).isEmpty()) {
                    throw new GendanException("imports.revert.inProgress", batchId);
                }
                new BatchReverter(tx, batchId).revert();
                return batchId;
            }, id -> OptionalLong.of(id));
        } catch (DatabaseException e) {
            if (!e.trouble().isConnection()) {
                throw backToCommitted(batchId, e);
            }
            try {
                writes.run("import", tx -> BatchCompletion.finish(tx, batchId), o -> OptionalLong.of(batchId));
            } catch (RuntimeException again) {
                throw new DatabaseException(e, e.trouble(), "imports.revert.unconfirmed", batchId, db.server());
            }
        } catch (GendanException refused) {
            throw backToCommitted(batchId, refused);
        }
        ImportBatchInfo after = batch(batchId).orElseThrow();
        if (after.status() != ImportBatchStatus.REVERTED) {
            throw new GendanException("imports.revert.unconfirmed", batchId, db.server());
        }
        LOG.info("Reverted import batch {}", batchId);
        return after;
    }

    /** A revert refused in its second step (a colleague's change came in between): the batch stays as it was. */
    private RuntimeException backToCommitted(long batchId, RuntimeException why) {
        writes.run("import", tx -> {
            tx.store().importBatches().move(batchId, ImportBatchRepository.REVERTING, ImportBatchRepository.COMMITTED);
            return batchId;
        }, id -> OptionalLong.of(id));
        return why;
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
        return new ImportOptions(request == null ? null : request.referenceDate(),
                request == null ? null : request.dateOrder(), this::savedMapping,
                request == null ? null : request.stageOverrides());
    }

    static ImportBatchInfo info(ImportBatchRepository.Batch b) {
        return new ImportBatchInfo(b.id(), b.fileName(), b.fileHash(), SheetNames.parse(b.sheets()), b.importedAt(),
                b.importedBy(), b.rows(), b.customersCreated(), b.customersUpdated(), b.ordersCreated(),
                b.ordersUpdated(), b.followUpsCreated(), b.skipped(), ImportBatchStatus.fromCode(b.status()),
                b.revertedAt(), b.revertedBy());
    }
}
