package app.gendan.service.export;

import java.nio.file.Path;

/** What an export wrote: which kind, in which format, where, and how many data rows. */
public record ExportResult(ExportKind kind, ExportFormat format, Path file, long rows) {}
