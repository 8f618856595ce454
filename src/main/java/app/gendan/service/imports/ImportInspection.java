package app.gendan.service.imports;

import app.gendan.service.imports.read.TextFormat;
import app.gendan.service.imports.read.TrackerFormat;
import java.nio.file.Path;
import java.util.List;

/**
 * What the wizard learns on opening a file: its format (and, for text files, charset and
 * delimiter; null for workbooks) and every sheet with its detected header and mapping.
 */
public record ImportInspection(Path file, String fileName, TrackerFormat format, TextFormat textFormat,
                               List<SheetOffer> sheets) {

    public ImportInspection {
        sheets = List.copyOf(sheets);
    }

    /** The sheets with a header and data rows: the default choice. */
    public List<SheetOffer> importableSheets() {
        return sheets.stream().filter(SheetOffer::importable).toList();
    }

    /** A request for every importable sheet with its detected header row and mapping. */
    public ImportRequest request() {
        return ImportRequest.of(file, importableSheets().stream().map(o -> SheetChoice.of(o.plan())).toList());
    }
}
