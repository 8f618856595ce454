package app.gendan.service.export;

import java.util.List;

/** The columns of one exported table and how a row fills them. */
interface TableLayout<R> {
    List<Column> columns();

    /** The header of each column, in the export's language. */
    default List<String> headers(CellValues values) {
        return columns().stream().map(c -> values.text(c.headerKey())).toList();
    }

    /** The row's cells in column order (see TableWriter for the value types); null leaves a cell empty. */
    List<Object> cells(R row, CellValues values);
}
