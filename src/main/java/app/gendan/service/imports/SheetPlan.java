package app.gendan.service.imports;

import app.gendan.service.imports.read.RawRow;
import app.gendan.service.imports.read.SheetInfo;
import app.gendan.service.imports.values.DateOrder;
import java.util.List;

/**
 * How one sheet will be read: where its header is, the mapping (auto, saved or corrected by
 * the user), the date order, and the first data rows for a preview.
 */
public record SheetPlan(SheetInfo sheet, int headerRow, List<String> headers, ColumnMapping mapping,
                        boolean mappingWasSaved, DateOrder dateOrder, List<RawRow> sampleRows) {

    public SheetPlan {
        headers = List.copyOf(headers);
        sampleRows = List.copyOf(sampleRows);
    }

    public SheetPlan withMapping(ColumnMapping newMapping) {
        return new SheetPlan(sheet, headerRow, headers, newMapping, mappingWasSaved, dateOrder, sampleRows);
    }

    public SheetPlan withDateOrder(DateOrder order) {
        return new SheetPlan(sheet, headerRow, headers, mapping, mappingWasSaved, order, sampleRows);
    }

    public boolean hasData() {
        return !sampleRows.isEmpty();
    }
}
