package app.gendan.service.imports.read;

import java.util.List;

/**
 * A sheet the user may import. For CSV there is one, named after the file. Hidden rows and
 * columns are listed so the wizard can point them out (they are imported like any other).
 * {@code lastRow} is the last 1-based row number the file declares (0 when unknown).
 */
public record SheetInfo(
        int index,
        String name,
        boolean hidden,
        int lastRow,
        List<Integer> hiddenRows,
        List<Integer> hiddenColumns,
        List<CellRange> mergedRegions) {

    public SheetInfo {
        hiddenRows = List.copyOf(hiddenRows);
        hiddenColumns = List.copyOf(hiddenColumns);
        mergedRegions = List.copyOf(mergedRegions);
    }

    public CellRange mergedRegionAt(int row, int column) {
        for (CellRange r : mergedRegions) {
            if (r.contains(row, column)) {
                return r;
            }
        }
        return null;
    }
}
