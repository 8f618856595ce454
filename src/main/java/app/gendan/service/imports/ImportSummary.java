package app.gendan.service.imports;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an import. {@code batchId} is null when nothing was written ("nothing new":
 * every row was already there, or the same file was imported before as {@code alreadyImported}).
 * {@code unmappedColumns} are the columns no field took, whose values became extra fields.
 */
public record ImportSummary(Long batchId, String fileName, List<String> sheets, ImportCounts counts,
                            List<ImportProblem> problems, Map<String, Integer> unknownStageWords,
                            ImportBatchInfo alreadyImported, List<UnmappedColumn> unmappedColumns) {

    public ImportSummary {
        sheets = List.copyOf(sheets);
        problems = List.copyOf(problems);
        unknownStageWords = Map.copyOf(unknownStageWords);
        unmappedColumns = List.copyOf(unmappedColumns);
    }

    public boolean nothingNew() {
        return batchId == null;
    }
}
