package app.gendan.service.imports;

import app.gendan.service.imports.read.SheetInfo;

/**
 * A sheet of an inspected file as the wizard offers it: the sheet (hidden flag, hidden rows and
 * columns), its detected plan (header row, headers, mapping, first rows) or null when no header
 * row was found, and the number of data rows the file declares (-1 when unknown, as for CSV).
 */
public record SheetOffer(SheetInfo sheet, SheetPlan plan, int declaredRows) {

    /** Whether this sheet has a header and data rows, i.e. it is worth a checkbox that starts ticked. */
    public boolean importable() {
        return plan != null && plan.hasData();
    }

    public String name() {
        return sheet.name();
    }
}
