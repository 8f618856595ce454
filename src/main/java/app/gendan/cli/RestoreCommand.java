package app.gendan.cli;

import app.gendan.domain.i18n.Messages;
import app.gendan.service.backup.RestoreCheck;
import app.gendan.service.backup.RestorePreview;
import app.gendan.service.backup.RestoreResult;
import app.gendan.service.backup.RestoreService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Restores a backup over the database. Without --force it checks everything a restore checks
 * and says what it would do, changing nothing.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "restore.file")
    Path file;

    @Mixin
    DbOption db;

    @Option(names = "--force", descriptionKey = "restore.force")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = CliContext.messages();
        Path target = RestoreService.databaseFile(db.resolve());
        Path folder = BackupText.folder();
        RestoreService restore = new RestoreService(Clock.systemDefaultZone());
        PrintWriter out = spec.commandLine().getOut();
        try (RestoreCheck check = restore.check(file)) {
            String taken = check.takenAt() == null ? m.get("backup.takenUnknown") : BackupText.when(check.takenAt());
            String counts = BackupText.counts(m, check.facts().rows());
            if (!force) {
                RestorePreview p = restore.preview(target, folder);
                out.println(m.get("cli.restore.would", check.backup(), taken, counts, p.database()));
                out.println(p.keptAs() == null ? m.get("cli.restore.wouldCreate", p.database())
                        : m.get("cli.restore.wouldKeep", p.keptAs()));
                out.println(m.get("cli.restore.force"));
            } else {
                RestoreResult r = restore.restore(check, target, folder);
                out.println(m.get("cli.restore.done", check.backup(), taken, counts, r.database()));
                if (r.keptAs() != null) {
                    out.println(m.get("cli.restore.kept", r.keptAs()));
                }
            }
            out.flush();
            return 0;
        }
    }
}
