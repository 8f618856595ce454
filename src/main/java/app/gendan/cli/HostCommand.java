package app.gendan.cli;

import app.gendan.domain.DatabaseTrouble;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.Workspace;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Serves a shared database file from an always-on computer (an office PC, a NAS), so that laptops
 * going to sleep or leaving never interrupt their colleagues: it opens the file, and so serves it to
 * every Gendan that opens the same file, until it is stopped (Ctrl+C, SIGTERM, a service manager),
 * when it closes the file cleanly. It signs nobody in and changes nothing but what a crash left
 * half-done (an unfinished import is finished or removed).
 */
@Command(name = "host", mixinStandardHelpOptions = true)
final class HostCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(HostCommand.class);

    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Messages m = CliContext.messages();
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Workspace ws = Workspace.open(db.resolve(), Clock.systemDefaultZone());
        Thread hook = new Thread(() -> {
            stopped.countDown();
            try {
                closed.await(); // let the main thread close the file before the JVM goes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gendan-host-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            ws.latestChange();
            int finished = ws.imports().repairUnfinished();
            if (finished > 0) {
                LOG.info("Host finished {} imports left unfinished", finished);
            }
            CliContext.println(out, ws.servesFile() ? m.get("cli.host.serving", ws.databaseDescription())
                    : m.get("cli.host.waiting", ws.databaseDescription(), m.get(ws.server().key(), ws.server().args())));
            LOG.info("Hosting {} (serving: {})", ws.databaseDescription(), ws.servesFile());
            ws.onLinkChange(trouble -> {
                // the file is served from here: trouble means this computer itself cannot reach it (a drive gone)
                String text = trouble == null ? m.get("cli.host.back", m.get(ws.server().key(), ws.server().args()))
                        : m.get(trouble == DatabaseTrouble.NOT_ANSWERING ? "cli.host.notAnswering" : "cli.host.lost",
                                m.get(ws.server().key(), ws.server().args()));
                CliContext.println(out, text);
                LOG.info("Host: {}", text);
            });
            stopped.await();
            CliContext.println(out, m.get("cli.host.stopping", ws.databaseDescription()));
            return 0;
        } finally {
            ws.close();
            LOG.info("Host stopped; {} closed", ws.databaseDescription());
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // stopped by a signal: the hook is what woke us
            }
        }
    }
}
