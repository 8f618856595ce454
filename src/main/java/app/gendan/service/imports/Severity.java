package app.gendan.service.imports;

/** ERROR: the row is not imported. WARNING: imported, but a value was dropped or guessed. INFO: worth knowing. */
public enum Severity {
    ERROR, WARNING, INFO
}
