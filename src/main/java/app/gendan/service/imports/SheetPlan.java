package app.gendan.service.imports;

import app.gendan.service.imports.read.RawRow;
import app.gendan.service.imports.read.SheetInfo;
import app.gendan.service.imports.values.DateHints;
import app.gendan.service.imports.values.DateOrder;
import java.util.List;
import java.util.Map;

/**
 * How one sheet will be read: where its header is, the mapping (auto, saved or corrected by
 * the user), the date order, what the file says about its dates (the year of dates written
 * without one, each column's day/month order), and the first data rows for a preview.
 */
public record SheetPlan(SheetInfo sheet, int headerRow, List<String> headers, ColumnMapping mapping,
                        boolean mappingWasSaved, DateOrder dateOrder, DateHints dateHints, List<RawRow> sampleRows) {

    public SheetPlan {
        headers = List.copyOf(headers);
        sampleRows = List.copyOf(sampleRows);
    }

    public SheetPlan withMapping(ColumnMapping newMapping) {
        return new SheetPlan(sheet, headerRow, headers, newMapping, mappingWasSaved, dateOrder, dateHints, sampleRows);
    }

    /** The plan with the user's day/month order, which holds for every column. */
    public SheetPlan withDateOrder(DateOrder order) {
        DateHints sheetWide = new DateHints(dateHints.year(), dateHints.anchor(), Map.of());
        return new SheetPlan(sheet, headerRow, headers, mapping, mappingWasSaved, order, sheetWide, sampleRows);
    }

    public boolean hasData() {
        return !sampleRows.isEmpty();
    }
}
