package app.gendan.team;

import app.gendan.domain.GendanException;
import app.gendan.service.Workspace;
import app.gendan.service.imports.ImportProgress;
import app.gendan.service.imports.ImportRequest;
import app.gendan.service.imports.ImportSummary;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A colleague importing a tracker into a shared file that another app serves. Prints READY, then
 * COMMITTING once every row is written and the commit starts, and at the end what it was told:
 * "IMPORTED batch", or "REFUSED key". Arguments: database file, login, tracker.
 */
public final class ImportClientMain {
    private ImportClientMain() {}

    public static void main(String[] args) {
        try (Workspace ws = Workspace.open(Path.of(args[0]), Clock.systemUTC())) {
            ws.users().signIn(args[1]).orElseThrow();
            System.out.println("READY " + (ws.servesFile() ? "serving" : "client"));
            System.out.flush();
            ImportRequest request = ws.imports().inspect(Path.of(args[2])).request();
            boolean[] told = {false};
            ImportProgress progress = (phase, done, total) -> {
                if (phase == ImportProgress.Phase.COMMITTING && !told[0]) {
                    told[0] = true;
                    System.out.println("COMMITTING");
                    System.out.flush();
                }
            };
            try {
                ImportSummary s = ws.imports().run(request, progress, () -> false);
                System.out.println("IMPORTED " + s.batchId());
            } catch (GendanException e) {
                System.out.println("REFUSED " + e.messageKey());
            }
            System.out.flush();
        }
    }
}
