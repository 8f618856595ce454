package app.gendan.service.backup;

import java.nio.file.Path;

/** What a restore would do: the database file it would write, and where the file it replaces would be kept (null when there is none). */
public record RestorePreview(Path database, Path keptAs) {}
