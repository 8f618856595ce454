package app.gendan.service.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A backup just written and verified, how long it took, and the older backups rotation removed. */
public record BackupResult(BackupInfo backup, Duration took, List<Path> removed) {
    public BackupResult {
        removed = List.copyOf(removed);
    }
}
