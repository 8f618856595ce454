package app.gendan.service.imports.read;

/** What a spreadsheet cell held; CSV cells are always TEXT or BLANK. */
public enum CellKind {
    BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR
}
