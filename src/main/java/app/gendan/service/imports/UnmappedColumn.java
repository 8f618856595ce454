package app.gendan.service.imports;

import java.util.List;

/**
 * A column of a sheet that no Gendan field takes: its values are kept as extra fields of their
 * records under {@code header}, and the wizard, the summary and {@code gendan import} say so.
 *
 * @param values  how many of the sheet's data rows have a value in it
 * @param samples its first few distinct values
 */
public record UnmappedColumn(String sheet, int column, String header, int values, List<String> samples) {
    /** Distinct values kept as samples. */
    public static final int SAMPLES = 3;

    public UnmappedColumn {
        samples = List.copyOf(samples);
    }
}
