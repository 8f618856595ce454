package app.gendan.service.imports;

import java.util.List;
import java.util.Map;

/**
 * What importing the request would do, computed against the database without writing: counts,
 * the first rows per sheet, every problem by sheet/row/column, and the status words nobody could
 * map (word → rows), for the user to map via {@link ImportRequest#withStageOverrides}.
 *
 * @param unmappedColumns the columns no field takes, whose values would become extra fields
 * @param alreadyImported the committed batch of the very same file, or null; importing it again adds nothing
 */
public record ImportPreview(String fileName, ImportCounts counts, List<SheetPreview> sheets,
                            List<ImportProblem> problems, Map<String, Integer> unknownStageWords,
                            ImportBatchInfo alreadyImported, List<UnmappedColumn> unmappedColumns) {

    public ImportPreview {
        sheets = List.copyOf(sheets);
        problems = List.copyOf(problems);
        unknownStageWords = Map.copyOf(unknownStageWords);
        unmappedColumns = List.copyOf(unmappedColumns);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
