package app.gendan.service.imports;

import app.gendan.service.imports.values.DateOrder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What to import: the file, the chosen sheets (header row and mapping each), the user's meanings
 * for status words the table does not know, and reading choices.
 *
 * @param stageOverrides status word as it appears in the file → its meaning; wins over the built-in table
 * @param dateOrder      how to read 03/04/2024; null: per sheet as detected
 * @param referenceDate  anchors the year of dates written without one; null: the file's last-modified date
 * @param pipelineId     the pipeline new orders go to; null: the default pipeline
 * @param pastStepsOpen  keep next steps that were long past when the file was saved open, as
 *                       reminders, instead of importing them as done (see {@link ImportCounts#pastStepsClosed})
 */
public record ImportRequest(Path file, List<SheetChoice> sheets, Map<String, StageMatch> stageOverrides,
                            DateOrder dateOrder, LocalDate referenceDate, Long pipelineId, boolean pastStepsOpen) {

    public ImportRequest {
        sheets = List.copyOf(sheets);
        stageOverrides = stageOverrides == null ? Map.of() : Map.copyOf(stageOverrides);
    }

    public static ImportRequest of(Path file, List<SheetChoice> sheets) {
        return new ImportRequest(file, sheets, Map.of(), null, null, null, false);
    }

    public ImportRequest withSheets(List<SheetChoice> newSheets) {
        return new ImportRequest(file, newSheets, stageOverrides, dateOrder, referenceDate, pipelineId, pastStepsOpen);
    }

    public ImportRequest withStageOverrides(Map<String, StageMatch> overrides) {
        return new ImportRequest(file, sheets, overrides, dateOrder, referenceDate, pipelineId, pastStepsOpen);
    }

    public ImportRequest withDateOrder(DateOrder order) {
        return new ImportRequest(file, sheets, stageOverrides, order, referenceDate, pipelineId, pastStepsOpen);
    }

    public ImportRequest withReferenceDate(LocalDate date) {
        return new ImportRequest(file, sheets, stageOverrides, dateOrder, date, pipelineId, pastStepsOpen);
    }

    public ImportRequest withPipeline(Long id) {
        return new ImportRequest(file, sheets, stageOverrides, dateOrder, referenceDate, id, pastStepsOpen);
    }

    public ImportRequest withPastStepsOpen(boolean open) {
        return new ImportRequest(file, sheets, stageOverrides, dateOrder, referenceDate, pipelineId, open);
    }
}
