package app.gendan.service.imports;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an import. {@code batchId} is null when nothing was written ("nothing new":
 * every row was already there, or the same file was imported before as {@code alreadyImported}).
 */
public record ImportSummary(Long batchId, String fileName, List<String> sheets, ImportCounts counts,
                            List<ImportProblem> problems, Map<String, Integer> unknownStageWords,
                            ImportBatchInfo alreadyImported) {

    public ImportSummary {
        sheets = List.copyOf(sheets);
        problems = List.copyOf(problems);
        unknownStageWords = Map.copyOf(unknownStageWords);
    }

    public boolean nothingNew() {
        return batchId == null;
    }
}
