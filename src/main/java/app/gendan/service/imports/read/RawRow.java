package app.gendan.service.imports.read;

import java.util.List;

/**
 * One row as read from the file. {@code rowNumber} is 1-based, as the user sees it in Excel (for
 * CSV: the record number, so a quoted field spanning lines still counts as one row).
 */
public record RawRow(int rowNumber, List<RawCell> cells, boolean hidden) {
    public RawRow {
        cells = List.copyOf(cells);
    }

    public RawCell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : RawCell.BLANK;
    }

    public String text(int column) {
        return cell(column).text();
    }

    public int size() {
        return cells.size();
    }

    /** Number of cells up to and including the last non-blank one. */
    public int width() {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isBlank()) {
                return i + 1;
            }
        }
        return 0;
    }

    public boolean isBlank() {
        return width() == 0;
    }

    public long nonBlankCount() {
        return cells.stream().filter(c -> !c.isBlank()).count();
    }
}
