package app.gendan.testing;

import app.gendan.domain.BoardCard;
import app.gendan.domain.OrderDraft;
import app.gendan.domain.Role;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Run as a separate JVM: a colleague's Gendan that opens (and so serves) a database file until
 * its stdin closes. With the argument {@code write} it creates orders one after another
 * meanwhile, printing "WROTE ms" with the time each took, and "MAX ms" at the end.
 */
public final class ServeDatabaseMain {
    private ServeDatabaseMain() {}

    public static void main(String[] args) throws Exception {
        boolean write = args.length > 1 && args[1].equals("write");
        try (Workspace ws = Workspace.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            ws.users().signIn("lisi").orElseGet(() -> ws.users().register("lisi", "李四", Role.REP));
            long pipeline = ws.pipelines().ensureDefault(new Messages(Locale.SIMPLIFIED_CHINESE)).id();
            AtomicBoolean stop = new AtomicBoolean();
            Thread stdin = new Thread(() -> {
                try {
                    while (System.in.read() != -1) {
                        // wait for the test to close our stdin
                    }
                } catch (Exception ignored) {
                    // closed
                }
                stop.set(true);
            });
            stdin.start();
            System.out.println("SERVING");
            System.out.flush();
            long max = 0;
            if (write) {
                BoardCard any = ws.board().load(pipeline).cards().get(0);
                while (!stop.get()) {
                    long start = System.nanoTime();
                    ws.orders().create(pipeline, OrderDraft.of("同事的新订单", any.customerId(), ws.users().current().id(),
                            BigDecimal.TEN, LocalDate.now()));
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    max = Math.max(max, ms);
                    System.out.println("WROTE " + ms);
                    System.out.flush();
                    Thread.sleep(5);
                }
            }
            stdin.join();
            System.out.println("MAX " + max);
            System.out.flush();
        }
    }
}
