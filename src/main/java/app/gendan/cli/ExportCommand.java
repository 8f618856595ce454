package app.gendan.cli;

import app.gendan.domain.GendanException;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.Workspace;
import app.gendan.service.export.ExportFormat;
import app.gendan.service.export.ExportKind;
import app.gendan.service.export.ExportProgress;
import app.gendan.service.export.ExportResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Exports one kind of data to .xlsx or .csv with the same service the desktop app uses. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND",
            descriptionKey = "export.kind")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "export.file")
    Path file;

    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = CliContext.messages();
        // refuse a bad kind or file name before opening (and perhaps creating) a database
        ExportKind k = ExportKind.parse(kind);
        if (!k.supports(ExportFormat.of(file))) {
            throw new GendanException("export.error.csvOneTable");
        }
        try (Workspace ws = CliContext.openForReading(db.resolve())) {
            ExportResult r = ws.exports().export(k, file, m, ExportProgress.NONE, () -> false);
            CliContext.println(spec.commandLine().getOut(), m.get("export.done", r.rows(), m.get(k.labelKey()), r.file()));
            return 0;
        }
    }
}
