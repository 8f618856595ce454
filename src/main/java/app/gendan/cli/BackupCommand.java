package app.gendan.cli;

import app.gendan.domain.GendanException;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.Workspace;
import app.gendan.service.backup.BackupInfo;
import app.gendan.service.backup.BackupProgress;
import app.gendan.service.backup.BackupResult;
import app.gendan.service.backup.RestoreService;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Backs the database up now, online: the same verified backup the app takes every day. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--to", paramLabel = "FILE",
            descriptionKey = "backup.to")
    Path to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = CliContext.messages();
        Path file = RestoreService.databaseFile(db.resolve());
        if (!Files.isRegularFile(file)) {
            throw new GendanException("backup.error.noDatabase", file);
        }
        try (Workspace ws = Workspace.open(file, Clock.systemDefaultZone())) {
            BackupResult r = to == null ? ws.backups().backup(BackupText.folder(), BackupProgress.NONE, () -> false)
                    : ws.backups().backupTo(to, BackupProgress.NONE, () -> false);
            BackupInfo b = r.backup();
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.get("cli.backup.done", file, b.file(), BackupText.size(b.size()),
                    String.format(Locale.ROOT, "%.1f", r.took().toMillis() / 1000.0)));
            if (b.manifest() != null) {
                out.println(m.get("cli.backup.verified", BackupText.counts(m, b.manifest().rows())));
            }
            if (!r.removed().isEmpty()) {
                out.println(m.get("cli.backup.rotated", r.removed().size()));
            }
            out.flush();
            return 0;
        }
    }
}
