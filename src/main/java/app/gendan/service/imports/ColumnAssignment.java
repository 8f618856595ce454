package app.gendan.service.imports;

/**
 * What one column feeds: {@code field} is null when the column is not imported. {@code
 * confidence} is 1 for a mapping the user chose or confirmed.
 */
public record ColumnAssignment(int column, String header, ImportField field, double confidence) {

    public ColumnAssignment withField(ImportField newField) {
        return new ColumnAssignment(column, header, newField, 1.0);
    }

    public boolean ignored() {
        return field == null;
    }
}
