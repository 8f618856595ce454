package app.gendan.service.imports;

import app.gendan.service.imports.values.ParsedRow;
import java.util.List;

/** One sheet of a preview: how many data rows it has and the first ones as parsed (values and problems). */
public record SheetPreview(String sheet, int rowsRead, List<ParsedRow> firstRows) {

    public SheetPreview {
        firstRows = List.copyOf(firstRows);
    }
}
