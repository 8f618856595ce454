package app.gendan.cli;

import app.gendan.domain.i18n.Messages;
import app.gendan.service.DemoDataService;
import app.gendan.service.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = CliContext.messages();
        try (Workspace ws = CliContext.open(db.resolve())) {
            DemoDataService.Summary s = ws.demo().load(m);
            CliContext.println(spec.commandLine().getOut(),
                    m.get("cli.demo.loaded", ws.databaseDescription(), s.users(), s.customers(), s.orders()));
            return 0;
        }
    }
}
