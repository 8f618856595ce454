package app.gendan.service.backup;

import java.nio.file.Path;

/** A restore that happened: the database file now holding the backup, and where the file it replaced was kept (null when there was none). */
public record RestoreResult(Path database, Path keptAs) {}
