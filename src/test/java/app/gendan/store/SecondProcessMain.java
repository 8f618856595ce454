package app.gendan.store;

import app.gendan.domain.BoardCard;
import app.gendan.domain.Role;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.Workspace;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Run as a separate JVM by {@link TwoProcessTest}: opens the same database file as a second
 * colleague, moves the order the first process created and creates one of its own.
 */
public final class SecondProcessMain {
    private SecondProcessMain() {}

    public static void main(String[] args) {
        try (Workspace ws = Workspace.open(Path.of(args[0]), Clock.systemUTC())) {
            ws.users().signIn("lisi").orElseGet(() -> ws.users().register("lisi", "李四", Role.REP));
            long pipelineId = ws.pipelines().ensureDefault(new Messages(Locale.SIMPLIFIED_CHINESE)).id();
            BoardCard theirs = ws.board().load(pipelineId).cards().stream()
                    .filter(c -> c.title().equals(args[1])).findFirst().orElseThrow();
            long quote = ws.pipelines().openStages(pipelineId).get(1).id();
            ws.orders().move(theirs.orderId(), theirs.version(), quote, true);
            var customer = ws.customers().get(theirs.customerId());
            SalesOrder mine = ws.orders().create(pipelineId, app.gendan.domain.OrderDraft.of("第二个进程的订单",
                    customer.id(), ws.users().current().id(), java.math.BigDecimal.ONE, java.time.LocalDate.now()));
            System.out.println("CREATED " + mine.orderNo());
        }
        // TestWorkspace is referenced so the class path check of the test fails loudly if test classes are missing.
        System.out.println("DONE " + TestWorkspace.class.getSimpleName());
    }
}
