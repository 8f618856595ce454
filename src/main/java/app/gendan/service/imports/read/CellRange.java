package app.gendan.service.imports.read;

/** A merged area of a sheet, 1-based rows and 0-based columns, inclusive. */
public record CellRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    /** Parses an A1-style range such as "A1:J1". */
    public static CellRange parse(String ref) {
        String[] parts = ref.split(":");
        CellRef a = CellRef.parse(parts[0]);
        CellRef b = parts.length > 1 ? CellRef.parse(parts[1]) : a;
        return new CellRange(Math.min(a.row(), b.row()), Math.max(a.row(), b.row()),
                Math.min(a.column(), b.column()), Math.max(a.column(), b.column()));
    }

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    public int columnCount() {
        return lastColumn - firstColumn + 1;
    }
}
