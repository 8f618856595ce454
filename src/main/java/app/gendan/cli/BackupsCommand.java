package app.gendan.cli;

import app.gendan.domain.GendanException;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.backup.BackupFolder;
import app.gendan.service.backup.BackupInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the backups in the backup folder, newest first. */
@Command(name = "backups", mixinStandardHelpOptions = true)
final class BackupsCommand implements Callable<Integer> {
    @Option(names = "--check", descriptionKey = "backups.check")
    boolean check;

    @Option(names = "--json", descriptionKey = "backups.json")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = CliContext.messages();
        Path folder = BackupText.folder();
        List<BackupInfo> backups = BackupFolder.list(folder);
        List<Boolean> intact = new ArrayList<>();
        if (check) {
            for (BackupInfo b : backups) {
                intact.add(intact(b.file()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(folder, backups, intact));
        } else if (backups.isEmpty()) {
            out.println(m.get("cli.backups.none", folder));
        } else {
            out.println(m.get("cli.backups.header", folder));
            for (int i = 0; i < backups.size(); i++) {
                BackupInfo b = backups.get(i);
                String state = check && !intact.get(i) ? m.get("backup.state.damaged") : BackupText.state(m, b);
                out.println(String.format("  %s  %9s  %-24s  %s", BackupText.when(b.takenAt()), BackupText.size(b.size()),
                        state, b.file().getFileName()));
            }
        }
        out.flush();
        return check && intact.contains(false) ? GendanCommand.EXIT_REJECTED : 0;
    }

    private static boolean intact(Path file) {
        try {
            BackupFolder.check(file);
            return true;
        } catch (GendanException e) {
            return false;
        }
    }

    private static String json(Path folder, List<BackupInfo> backups, List<Boolean> intact) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("folder", folder.toString());
        ArrayNode list = root.putArray("backups");
        for (int i = 0; i < backups.size(); i++) {
            BackupInfo b = backups.get(i);
            ObjectNode o = list.addObject();
            o.put("file", b.file().toString()).put("taken_at", b.takenAt().toString()).put("size", b.size())
                    .put("readable", b.readable()).put("verified", b.verified()).put("kind", b.kind().code());
            if (!intact.isEmpty()) {
                o.put("intact", intact.get(i));
            }
            if (b.manifest() != null) {
                o.put("source", b.manifest().source()).put("schema_version", b.manifest().schemaVersion())
                        .put("app_version", b.manifest().appVersion());
                ObjectNode rows = o.putObject("rows");
                if (b.manifest().rows() != null) {
                    b.manifest().rows().forEach(rows::put);
                }
            }
        }
        return root.toString();
    }
}
