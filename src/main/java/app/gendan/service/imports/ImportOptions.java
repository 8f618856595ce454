package app.gendan.service.imports;

import app.gendan.service.imports.values.DateOrder;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Choices that shape reading.
 *
 * @param referenceDate  anchors the year of dates written without one; null: the file's last-modified date
 * @param dateOrder      how to read 03/04/2024; null: English files month first, else inferred from the data
 * @param savedMappings  looks up a mapping saved for a header signature (e.g. from {@code import_mapping})
 * @param stageOverrides the user's meanings for status words the table does not know
 */
public record ImportOptions(LocalDate referenceDate, DateOrder dateOrder,
                            Function<String, Optional<ColumnMapping>> savedMappings,
                            Map<String, StageMatch> stageOverrides) {

    public ImportOptions {
        savedMappings = savedMappings == null ? sig -> Optional.empty() : savedMappings;
        stageOverrides = stageOverrides == null ? Map.of() : Map.copyOf(stageOverrides);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, null);
    }

    public ImportOptions withStageOverrides(Map<String, StageMatch> overrides) {
        return new ImportOptions(referenceDate, dateOrder, savedMappings, overrides);
    }

    public ImportOptions withReferenceDate(LocalDate date) {
        return new ImportOptions(date, dateOrder, savedMappings, stageOverrides);
    }
}
