package app.gendan.team;

import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.GendanException;
import app.gendan.domain.Role;
import app.gendan.service.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A colleague's app in a separate JVM: opens the shared file and logs follow-ups on one order as
 * fast as it can, printing each one it was told is saved ("OK summary") and each refusal ("FAIL key
 * summary millis"), until {@code seconds} have passed or it is killed.
 * Arguments: database file, login, order id, customer id, seconds.
 */
public final class FollowUpWriterMain {
    private FollowUpWriterMain() {}

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        String login = args[1];
        long orderId = Long.parseLong(args[2]);
        long customerId = Long.parseLong(args[3]);
        Instant end = Instant.now().plus(Duration.ofSeconds(Long.parseLong(args[4])));
        int ok = 0;
        int failed = 0;
        try (Workspace ws = Workspace.open(db, Clock.systemUTC())) {
            ws.users().signIn(login).orElseGet(() -> ws.users().register(login, login, Role.REP));
            System.out.println("READY " + (ws.servesFile() ? "serving" : "client"));
            System.out.flush();
            for (int i = 0; Instant.now().isBefore(end); i++) {
                String summary = login + "-" + i;
                long started = System.nanoTime();
                try {
                    ws.followUps().log(new FollowUpDraft(customerId, orderId, Instant.now(), FollowUpMethod.PHONE, summary,
                            null, null, null, null, null, null));
                    ok++;
                    System.out.println("OK " + summary);
                } catch (GendanException e) {
                    failed++;
                    System.out.println("FAIL " + e.messageKey() + " " + summary + " " + (System.nanoTime() - started) / 1_000_000);
                    Thread.sleep(200);
                }
                System.out.flush();
            }
        }
        System.out.println("DONE ok=" + ok + " failed=" + failed);
    }
}
