package app.gendan.service.imports.read;

import app.gendan.domain.GendanException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A tracker file opened for reading: its sheets and, per sheet, a stream of raw rows. Open with
 * {@link #open(Path)}; anything that is not a readable table fails there with a
 * {@link GendanException} carrying an {@code imports.error.*} key.
 */
public interface TrackerFile extends AutoCloseable {

    static TrackerFile open(Path path) {
        return switch (FormatSniffer.sniff(path)) {
            case XLSX -> XlsxTrackerFile.open(path);
            case XLS -> XlsTrackerFile.open(path);
            case CSV -> CsvTrackerFile.open(path);
        };
    }

    Path path();

    default String fileName() {
        return path().getFileName().toString();
    }

    TrackerFormat format();

    /** Every sheet, in workbook order, hidden ones included (flagged). */
    List<SheetInfo> sheets();

    /** Whether serial dates count from 1904 (old Mac workbooks) rather than 1900. */
    boolean date1904();

    /** Charset and delimiter, for text files only. */
    default Optional<TextFormat> textFormat() {
        return Optional.empty();
    }

    /** A fresh cursor over the sheet's rows; close it when done. */
    RowCursor rows(SheetInfo sheet);

    default SheetInfo sheet(String name) {
        return sheets().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new GendanException("imports.error.unknownSheet", name));
    }

    @Override
    void close();
}
