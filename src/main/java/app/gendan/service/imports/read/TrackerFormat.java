package app.gendan.service.imports.read;

/** The kinds of tracker file Gendan reads. */
public enum TrackerFormat {
    /** Office Open XML workbook (.xlsx, .xlsm), read as a stream. */
    XLSX,
    /** Excel 97–2003 binary workbook (.xls). */
    XLS,
    /** Delimited text (.csv, .tsv, .txt). */
    CSV
}
