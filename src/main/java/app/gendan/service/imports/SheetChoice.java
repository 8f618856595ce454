package app.gendan.service.imports;

/**
 * One sheet the user chose to import: its name, the 1-based header row, and the column mapping
 * (auto-mapped, saved or corrected; its columns follow the headers of that row).
 */
public record SheetChoice(String sheet, int headerRow, ColumnMapping mapping) {

    public static SheetChoice of(SheetPlan plan) {
        return new SheetChoice(plan.sheet().name(), plan.headerRow(), plan.mapping());
    }

    public SheetChoice withMapping(ColumnMapping newMapping) {
        return new SheetChoice(sheet, headerRow, newMapping);
    }
}
