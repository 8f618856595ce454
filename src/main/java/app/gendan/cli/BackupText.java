package app.gendan.cli;

import app.gendan.domain.backup.ByteSize;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.AppPaths;
import app.gendan.service.LocalSettings;
import app.gendan.service.backup.BackupInfo;
import app.gendan.service.backup.BackupKind;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** What the backup commands print for people: times, sizes, the main counts, a backup's state. */
final class BackupText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private BackupText() {}

    /** The backup folder this installation uses (Settings, else backups/ in the data folder). */
    static Path folder() {
        return LocalSettings.load(AppPaths.localSettings()).backups();
    }

    static String when(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    static String size(long bytes) {
        return ByteSize.text(bytes);
    }

    /** "3 orders, 7 follow-ups, 3 customers". */
    static String counts(Messages m, Map<String, Long> rows) {
        return m.get("backup.counts", rows.getOrDefault("sales_order", 0L), rows.getOrDefault("follow_up", 0L),
                rows.getOrDefault("customer", 0L));
    }

    static String state(Messages m, BackupInfo b) {
        if (!b.readable()) {
            return m.get("backup.state.unreadable");
        }
        String verified = m.get(b.verified() ? "backup.state.verified" : "backup.state.unverified");
        return b.kind() == BackupKind.BEFORE_RESTORE ? verified + ", " + m.get("backup.state.beforeRestore") : verified;
    }
}
