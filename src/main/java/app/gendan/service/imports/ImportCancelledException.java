package app.gendan.service.imports;

import app.gendan.domain.GendanException;

/** The user cancelled a preview or an import; nothing was written. */
public final class ImportCancelledException extends GendanException {
    public ImportCancelledException() {
        super("imports.cancelled");
    }
}
