package app.gendan.service.imports;

/**
 * What one column feeds: {@code field} is null when the column is not imported. {@code
 * confidence} is 1 for a mapping the user chose or confirmed.
 */
public record ColumnAssignment(int column, String header, ImportField field, double confidence) {
    /**
     * Below this a field is a guess for the user to check: a header that only contains a known
     * word, a broad word such as "日期", or a field the column's values suggested.
     */
    public static final double SURE = 0.75;

    public ColumnAssignment withField(ImportField newField) {
        return new ColumnAssignment(column, header, newField, 1.0);
    }

    /** The column feeds a field that was guessed with low confidence. */
    public boolean unsure() {
        return field != null && confidence < SURE;
    }

    public boolean ignored() {
        return field == null;
    }
}
