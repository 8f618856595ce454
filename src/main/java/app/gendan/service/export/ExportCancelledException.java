package app.gendan.service.export;

import app.gendan.domain.GendanException;

/** The user cancelled an export; the half-written file was removed and the target left as it was. */
public final class ExportCancelledException extends GendanException {
    public ExportCancelledException() {
        super("export.cancelled");
    }
}
