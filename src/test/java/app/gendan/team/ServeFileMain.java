package app.gendan.team;

import app.gendan.service.Workspace;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A colleague's app that opened the shared file first and so serves it to the others, doing
 * nothing else until it is killed (or its stdin closes). Argument: the database file.
 */
public final class ServeFileMain {
    private ServeFileMain() {}

    public static void main(String[] args) throws Exception {
        try (Workspace ws = Workspace.open(Path.of(args[0]), Clock.systemUTC())) {
            ws.latestChange();
            System.out.println("READY " + (ws.servesFile() ? "serving" : "client"));
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the test kills this process
            }
        }
    }
}
