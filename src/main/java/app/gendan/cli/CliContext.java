package app.gendan.cli;

import app.gendan.domain.Role;
import app.gendan.domain.User;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.AppPaths;
import app.gendan.service.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** Opens the workspace for a command and signs in the OS user (registering them on first use). */
final class CliContext {
    private CliContext() {}

    static Messages messages() {
        return new Messages(Locale.getDefault());
    }

    static Workspace open(Path db) {
        Workspace ws = Workspace.open(db, Clock.systemDefaultZone());
        try {
            String login = AppPaths.osLogin();
            User user = ws.users().signIn(login)
                    .orElseGet(() -> ws.users().register(login, login, ws.users().all().isEmpty() ? Role.ADMIN : Role.REP));
            ws.pipelines().ensureDefault(messages());
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
