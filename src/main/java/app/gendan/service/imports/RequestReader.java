package app.gendan.service.imports;

import app.gendan.domain.GendanException;
import app.gendan.service.imports.plan.ImportPlanner;
import app.gendan.service.imports.read.SheetInfo;
import app.gendan.service.imports.values.ParsedRow;
import app.gendan.service.imports.values.ReadAheadRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Reads the sheets a request chose, row by row, into a planner: checks each sheet's mapping
 * against its header row first, keeps the first rows of each sheet for the preview, reports
 * progress and stops at once when cancelled. Rows are read and parsed ahead on a second thread
 * ({@link ReadAheadRows}) while this one plans them.
 */
final class RequestReader {
    static final int PREVIEW_ROWS = 100;
    private static final int REPORT_EVERY = 250;

    final List<SheetPreview> sheets = new ArrayList<>();
    final Map<String, Integer> unknownStageWords = new LinkedHashMap<>();
    final List<String> sheetNames = new ArrayList<>();
    final List<UnmappedColumn> unmappedColumns = new ArrayList<>();

    void read(TrackerImport imp, ImportRequest request, ImportPlanner planner, ImportProgress progress,
              BooleanSupplier cancel) {
        List<SheetPlan> plans = plans(imp, request);
        long total = 0;
        for (SheetPlan p : plans) {
            total = total < 0 || p.sheet().lastRow() <= 0 ? -1 : total + Math.max(0, p.sheet().lastRow() - p.headerRow());
        }
        long done = 0;
        for (SheetPlan plan : plans) {
            planner.startSheet(plan.sheet().name(), plan.mapping());
            List<ParsedRow> first = new ArrayList<>();
            UnmappedColumns unmapped = new UnmappedColumns(plan.sheet().name(), plan.mapping());
            try (ReadAheadRows rows = new ReadAheadRows(imp.rows(plan))) {
                while (rows.hasNext()) {
                    ParsedRow row = rows.next();
                    if (first.size() < PREVIEW_ROWS) {
                        first.add(row);
                    }
                    planner.add(row);
                    unmapped.add(row);
                    if (++done % REPORT_EVERY == 0) {
                        if (cancel.getAsBoolean()) {
                            throw new ImportCancelledException();
                        }
                        progress.update(ImportProgress.Phase.READING, done, total);
                    }
                }
                rows.cursor().unknownStageWords().forEach((w, n) -> unknownStageWords.merge(w, n, Integer::sum));
                for (int totals : rows.cursor().totalsRows()) {
                    planner.note(new ImportProblem(plan.sheet().name(), totals, null, Severity.INFO,
                            "imports.problem.totalsRow", List.of()));
                }
                sheets.add(new SheetPreview(plan.sheet().name(), rows.cursor().rowsRead(), first));
                sheetNames.add(plan.sheet().name());
                unmappedColumns.addAll(unmapped.columns());
            }
        }
        if (cancel.getAsBoolean()) {
            throw new ImportCancelledException();
        }
        progress.update(ImportProgress.Phase.READING, done, done);
    }

    /** The chosen sheets read with their header rows and mappings; a mapping that does not fit is refused. */
    static List<SheetPlan> plans(TrackerImport imp, ImportRequest request) {
        if (request.sheets().isEmpty()) {
            throw new GendanException("imports.error.noSheets");
        }
        List<SheetPlan> plans = new ArrayList<>();
        for (SheetChoice choice : request.sheets()) {
            SheetInfo sheet = imp.file().sheet(choice.sheet());
            SheetPlan plan = imp.planWithHeaderRow(sheet, choice.headerRow());
            ColumnMapping mapping = choice.mapping() == null ? plan.mapping() : choice.mapping();
            if (mapping.columns().size() != plan.headers().size()) {
                throw new GendanException("imports.error.mappingMismatch", sheet.name());
            }
            if (!mapping.identifiesRows()) {
                throw new GendanException("imports.error.noIdentity", sheet.name());
            }
            plan = plan.withMapping(mapping);
            if (request.dateOrder() != null) {
                plan = plan.withDateOrder(request.dateOrder());
            }
            plans.add(plan);
        }
        return plans;
    }
}
