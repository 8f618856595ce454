package app.gendan.service.imports.values;

import java.util.Objects;

/**
 * A cell of a row that no Gendan field took: its column is not mapped, its value could not be read
 * for the column's field, or a second column fed a field that takes one value. It is stored with
 * the row's record as an extra field under its header, so nothing the tracker held is lost.
 *
 * @param column the cell's column (0-based), which orders a record's extra fields as the file did
 */
public record KeptValue(int column, String header, String text) {
    public KeptValue {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(text, "text");
    }
}
