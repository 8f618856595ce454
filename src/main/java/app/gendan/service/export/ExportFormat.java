package app.gendan.service.export;

import app.gendan.domain.GendanException;
import java.nio.file.Path;
import java.util.Locale;

/** The file formats an export writes, told apart by the file name's extension. */
public enum ExportFormat {
    XLSX(".xlsx"),
    CSV(".csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** With the dot, lower case: ".xlsx". */
    public String extension() { return extension; }

    /** The format a file name asks for; anything but .xlsx or .csv is refused with a clear message. */
    public static ExportFormat of(Path file) {
        Path name = file == null ? null : file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (lower.endsWith(f.extension) && lower.length() > f.extension.length()) {
                return f;
            }
        }
        throw new GendanException("export.error.format", name == null ? String.valueOf(file) : name.toString());
    }

    TableWriter open(Path file) throws java.io.IOException {
        return this == XLSX ? new XlsxTableWriter(file) : new CsvTableWriter(file);
    }
}
