package app.gendan.cli;

import app.gendan.domain.DueItem;
import app.gendan.domain.OrderAlert;
import app.gendan.domain.User;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.DueList;
import app.gendan.service.Workspace;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints due next steps and order alerts: the same service the Today view uses, for scripts. */
@Command(name = "due", mixinStandardHelpOptions = true)
final class DueCommand implements Callable<Integer> {
    static final String EVERYONE = "all";

    @Mixin
    DbOption db;

    @Option(names = "--user", paramLabel = "LOGIN",
            descriptionKey = "due.user")
    String user;

    @Option(names = "--days", paramLabel = "N", defaultValue = "7", descriptionKey = "due.days")
    int days;

    @Option(names = "--json", descriptionKey = "due.json")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = CliContext.messages();
        if (days < 0 || days > 366) {
            throw new app.gendan.domain.GendanException("cli.due.badDays");
        }
        try (Workspace ws = CliContext.openForReading(db.resolve())) {
            Long ownerId = ownerId(ws);
            DueList due = ws.due().dueItems(ownerId, days);
            List<OrderAlert> alerts = ws.alerts().scan(ownerId);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(json(due, alerts, ws.zone()));
            } else {
                text(out, m, due, alerts, ws.zone());
            }
            out.flush();
            return 0;
        }
    }

    private Long ownerId(Workspace ws) {
        if (EVERYONE.equals(user)) {
            return null;
        }
        if (user == null) {
            if (ws.users().current() == null) {
                // not registered in this database (yet): nobody's steps are this user's
                spec.commandLine().getErr().println(CliContext.messages().get("cli.due.notAUser", app.gendan.service.AppPaths.osLogin()));
                return -1L;
            }
            return ws.users().current().id();
        }
        return ws.users().all().stream().filter(u -> u.login().equals(user)).map(User::id).findFirst()
                .orElseThrow(() -> new app.gendan.domain.GendanException("cli.due.unknownUser", user));
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private static String due(DueItem i, ZoneId zone) {
        return (i.step().hasTime() || i.step().snoozedUntil() != null ? WHEN : DAY).format(i.step().effectiveDue().atZone(zone));
    }

    private static void text(PrintWriter out, Messages m, DueList due, List<OrderAlert> alerts, ZoneId zone) {
        group(out, m, "cli.due.overdue", due.overdue(), zone);
        group(out, m, "cli.due.today", due.today(), zone);
        group(out, m, "cli.due.upcoming", due.upcoming(), zone);
        out.println(m.get("cli.due.alerts", alerts.size()));
        for (OrderAlert a : alerts) {
            out.println("  " + a.orderNo() + "  " + a.customerName() + "  "
                    + m.get("alert." + a.kind().code(), a.days()) + "  " + a.ownerName());
        }
    }

    private static void group(PrintWriter out, Messages m, String key, List<DueItem> items, ZoneId zone) {
        out.println(m.get(key, items.size()));
        for (DueItem i : items) {
            out.println("  " + due(i, zone) + "  " + i.customerName() + (i.orderNo() == null ? "" : "  " + i.orderNo())
                    + "  " + i.step().action() + "  " + i.ownerName()
                    + (i.daysOverdue() > 0 ? "  " + m.get("cli.due.daysOverdue", i.daysOverdue()) : ""));
        }
    }

    private static String json(DueList due, List<OrderAlert> alerts, ZoneId zone) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        items(root.putArray("overdue"), due.overdue(), zone);
        items(root.putArray("today"), due.today(), zone);
        items(root.putArray("upcoming"), due.upcoming(), zone);
        ArrayNode a = root.putArray("alerts");
        for (OrderAlert al : alerts) {
            a.addObject().put("kind", al.kind().code()).put("order_no", al.orderNo()).put("order_id", al.orderId())
                    .put("customer", al.customerName()).put("owner", al.ownerName()).put("since", al.since().toString())
                    .put("days", al.days());
        }
        return root.toString();
    }

    private static void items(ArrayNode arr, List<DueItem> items, ZoneId zone) {
        for (DueItem i : items) {
            ObjectNode o = arr.addObject();
            o.put("followup_id", i.followUpId()).put("customer", i.customerName());
            if (i.orderId() != null) {
                o.put("order_id", i.orderId()).put("order_no", i.orderNo());
            }
            o.put("action", i.step().action()).put("due", i.step().effectiveDue().atZone(zone).toOffsetDateTime().toString())
                    .put("has_time", i.step().hasTime()).put("owner", i.ownerName()).put("days_overdue", i.daysOverdue());
        }
    }
}
