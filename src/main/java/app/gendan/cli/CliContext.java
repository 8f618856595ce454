package app.gendan.cli;

import app.gendan.domain.Role;
import app.gendan.domain.User;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.AppPaths;
import app.gendan.service.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/** Opens the workspace for a command and signs in the OS user (registering them on first use). */
final class CliContext {
    private CliContext() {}

    static Messages messages() {
        return new Messages(app.gendan.domain.i18n.Languages.ofSystem());
    }

    static Workspace open(Path db) {
        Workspace ws = Workspace.open(db, Clock.systemDefaultZone());
        ws.useLanguage(messages().locale());
        try {
            String login = AppPaths.osLogin();
            User user = ws.users().signIn(login)
                    .orElseGet(() -> ws.users().register(login, login, ws.users().all().isEmpty() ? Role.ADMIN : Role.REP));
            ws.pipelines().ensureDefault(messages());
            ws.imports().repairUnfinished(); // what a crash left half-done is finished before anything else
            return ws;
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    /**
     * Opens the workspace for a command that only reads (due, export, import --dry-run): the file
     * must exist, and nothing is written: an OS user who is not registered is not registered now,
     * and no pipeline is created.
     */
    static Workspace openForReading(Path db) {
        return openForReading(db, false);
    }

    /**
     * As {@link #openForReading(Path)}; with {@code emptyWhenMissing} a missing file is read as an
     * empty database held in memory (a dry run then shows everything as new and creates no file).
     */
    static Workspace openForReading(Path db, boolean emptyWhenMissing) {
        if (!Workspace.exists(db) && emptyWhenMissing) {
            Workspace ws = Workspace.inMemory(Clock.systemDefaultZone());
            ws.useLanguage(messages().locale());
            String login = AppPaths.osLogin();
            ws.users().register(login, login, Role.ADMIN);
            ws.pipelines().ensureDefault(messages());
            return ws;
        }
        if (!Workspace.exists(db)) {
            throw new app.gendan.domain.GendanException("cli.error.noDatabase", db.toAbsolutePath());
        }
        Workspace ws = Workspace.open(db, Clock.systemDefaultZone());
        ws.useLanguage(messages().locale());
        try {
            ws.users().signIn(AppPaths.osLogin());
            return ws;
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    static void println(PrintWriter out, String text) {
        out.println(text);
        out.flush();
    }
}
