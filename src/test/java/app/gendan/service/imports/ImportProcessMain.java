package app.gendan.service.imports;

import app.gendan.service.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run as a separate JVM by {@link KilledImportTest}: imports a tracker into a database file and
 * reports its progress on stdout. On the first report of writing it stops and waits on stdin, in
 * the middle of its transaction, until the test kills it.
 */
public final class ImportProcessMain {
    private ImportProcessMain() {}

    public static void main(String[] args) {
        try (Workspace ws = Workspace.open(Path.of(args[0]), Clock.systemUTC())) {
            ws.users().signIn(args[2]).orElseThrow();
            ImportRequest request = ws.imports().inspect(Path.of(args[1])).request();
            ws.imports().run(request, (phase, done, total) -> {
                System.out.println("PROGRESS " + phase + " " + done + "/" + total);
                System.out.flush();
                if (phase == ImportProgress.Phase.WRITING) {
                    waitForever();
                }
            }, () -> false);
            System.out.println("COMMITTED");
        }
    }

    private static void waitForever() {
        try {
            while (System.in.read() >= 0) {
                // the test never writes; it kills this process
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
