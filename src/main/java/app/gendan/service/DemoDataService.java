package app.gendan.service;

import app.gendan.store.Writes;
import app.gendan.domain.Contact;
import app.gendan.domain.Customer;
import app.gendan.domain.CustomerDraft;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.GendanException;
import app.gendan.domain.OrderDraft;
import app.gendan.domain.OrderLine;
import app.gendan.domain.OrderStatus;
import app.gendan.domain.Pipeline;
import app.gendan.domain.Priority;
import app.gendan.domain.Role;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.Stage;
import app.gendan.domain.User;
import app.gendan.domain.i18n.Messages;
import app.gendan.store.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo dataset (samples/demo/gendan-demo.json) into an empty database through the
 * ordinary services, so the demo has a real audit trail. Each order is created and moved at a
 * moment in the past, so the board shows realistic days in stage.
 */
public final class DemoDataService {
    public record Summary(int users, int customers, int orders) {}

    private static final String RESOURCE = "/demo/gendan-demo.json";

    private final Workspace workspace;
    private final Database db;

    DemoDataService(Workspace workspace, Database db) {
        this.workspace = workspace;
        this.db = db;
    }

    /** True when there is nothing to lose: no customers and no orders yet. */
    public boolean databaseIsEmpty() {
        return db.read(s -> s.customers().count() == 0 && s.orders().count() == 0);
    }

    public Summary load(Messages messages) {
        if (!databaseIsEmpty()) {
            throw new GendanException("error.demo.notEmpty");
        }
        User me = workspace.users().current();
        if (me == null) {
            throw new GendanException("error.noUser");
        }
        JsonNode root = read();
        Pipeline pipeline = workspace.pipelines().ensureDefault(messages);
        List<Stage> stages = workspace.pipelines().openStages(pipeline.id());

        Map<String, Long> owners = new HashMap<>();
        owners.put("me", me.id());
        int usersCreated = 0;
        for (JsonNode u : root.path("users")) {
            String login = u.path("login").asText();
            User user = workspace.users().all().stream().filter(x -> x.login().equals(login)).findFirst().orElse(null);
            if (user == null) {
                user = workspace.users().register(login, u.path("displayName").asText(), Role.fromCode(u.path("role").asText()));
                usersCreated++;
            }
            owners.put(login, user.id());
        }

        List<Customer> customers = new ArrayList<>();
        for (JsonNode c : root.path("customers")) {
            List<Contact> contacts = new ArrayList<>();
            for (JsonNode p : c.path("contacts")) {
                contacts.add(new Contact(0, 0, p.path("name").asText(), text(p, "title"), text(p, "phone"),
                        text(p, "mobile"), text(p, "email"), text(p, "wechat"), p.path("primary").asBoolean()));
            }
            CustomerDraft draft = new CustomerDraft(c.path("name").asText(), text(c, "shortName"), text(c, "grade"),
                    text(c, "source"), text(c, "industry"), text(c, "address"), text(c, "phone"), me.id(), null, null);
            customers.add(workspace.customers().create(draft, contacts, true));
        }

        Map<Long, User> users = new HashMap<>();
        for (User u : workspace.users().all()) {
            users.put(u.id(), u);
        }
        Instant now = workspace.clock().instant();
        ZoneId zone = workspace.zone();
        int orders = 0;
        for (JsonNode o : root.path("orders")) {
            Instant created = now.minus(Duration.ofDays(o.path("daysAgo").asLong())).minus(Duration.ofHours(orders % 7));
            Instant entered = now.minus(Duration.ofDays(o.path("daysInStage").asLong())).minus(Duration.ofMinutes(orders * 13L));
            if (entered.isBefore(created)) {
                entered = created.plus(Duration.ofHours(1));
            }
            Customer customer = customers.get(o.path("customer").asInt());
            // the rep whose order it is did its work: creation, moves, follow-ups and milestones are theirs
            User rep = users.get(owners.getOrDefault(o.path("owner").asText(), me.id()));
            List<OrderLine> lines = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (JsonNode l : o.path("lines")) {
                OrderLine line = new OrderLine(l.path("product").asText(), text(l, "model"), text(l, "spec"),
                        new BigDecimal(l.path("quantity").asText()), new BigDecimal(l.path("unitPrice").asText()));
                lines.add(line);
                total = total.add(line.quantity().multiply(line.unitPrice()));
            }
            var orderDate = created.atZone(zone).toLocalDate();
            OrderDraft draft = OrderDraft.of(o.path("title").asText(), customer.id(), rep.id(), BigDecimal.ZERO, orderDate)
                    .withPriority(Priority.fromCode(o.path("priority").asText("normal")))
                    .withLines(lines);
            if (o.hasNonNull("shipByDays")) {
                draft = draft.withShipBy(orderDate.plusDays(o.path("shipByDays").asLong()));
            }
            SalesOrder order = orderServiceAt(created, rep).create(pipeline.id(), draft);
            int stageIndex = Math.min(o.path("stage").asInt(), stages.size() - 1);
            if (stageIndex > 0) {
                order = orderServiceAt(entered, rep).move(order.id(), order.version(), stages.get(stageIndex).id(), true);
            }
            for (JsonNode h : o.path("history")) {
                logFollowUp(h, order, rep, now, zone);
            }
            for (JsonNode sh : o.path("shipments")) {
                Instant shipped = dayAt(now, zone, sh.path("daysAgo").asLong(), "10:30");
                milestonesAt(shipped, rep).addShipment(order.id(), text(sh, "carrier"), text(sh, "trackingNo"), shipped);
            }
            for (JsonNode pay : o.path("payments")) {
                BigDecimal due = total.multiply(new BigDecimal(pay.path("amount").asText())).setScale(2, RoundingMode.HALF_UP);
                LocalDate dueDate = now.atZone(zone).toLocalDate().minusDays(pay.path("dueDaysAgo").asLong());
                var payment = milestonesAt(created.plusSeconds(600), rep)
                        .addPayment(order.id(), due, dueDate);
                if (pay.hasNonNull("paidDaysAgo")) {
                    Instant paid = dayAt(now, zone, pay.path("paidDaysAgo").asLong(), "15:00");
                    milestonesAt(paid, rep).recordReceipt(payment.id(), payment.version(), due,
                            paid.atZone(zone).toLocalDate());
                }
            }
            if (o.hasNonNull("status")) {
                OrderStatus status = OrderStatus.fromCode(o.path("status").asText());
                SalesOrder current = workspace.orders().get(order.id());
                Instant closed = now.minus(Duration.ofDays(Math.max(1, o.path("daysInStage").asLong() / 2)));
                orderServiceAt(closed, rep).update(current.id(), current.version(),
                        current.draft().withStatus(status, status == OrderStatus.LOST ? "price" : null));
            }
            orders++;
        }
        // what is due in the demo is news to whoever loaded it, not reminders missed while closed
        workspace.reminders().dataLoaded(me);
        return new Summary(usersCreated, customers.size(), orders);
    }

    /**
     * A follow-up the rep logged in the past, with its next step: due some days from today (at a
     * time of day or not), or some minutes from now, so a reminder pops soon after loading.
     */
    private void logFollowUp(JsonNode h, SalesOrder order, User rep, Instant now, ZoneId zone) {
        Instant at = dayAt(now, zone, h.path("daysAgo").asLong(), h.path("time").asText("10:00"));
        String action = null;
        LocalDate dueDate = null;
        LocalTime dueTime = null;
        JsonNode next = h.get("next");
        if (next != null) {
            action = next.path("action").asText();
            if (next.has("inMinutes")) {
                var due = now.plus(Duration.ofMinutes(next.path("inMinutes").asLong())).atZone(zone);
                dueDate = due.toLocalDate();
                dueTime = due.toLocalTime().withSecond(0).withNano(0);
            } else {
                dueDate = now.atZone(zone).toLocalDate().plusDays(next.path("inDays").asLong());
                dueTime = next.hasNonNull("time") ? LocalTime.parse(next.path("time").asText()) : null;
            }
        }
        FollowUpDraft d = new FollowUpDraft(order.customerId(), order.id(), at,
                FollowUpMethod.fromCode(h.path("method").asText("phone")), h.path("summary").asText(), null,
                text(h, "result"), action, dueDate, dueTime, next == null ? null : rep.id());
        new FollowUpService(db, writesAt(at, rep), zone).log(d);
    }

    /** That many days before {@code now} at a time of day, but never later than now. */
    private static Instant dayAt(Instant now, ZoneId zone, long daysAgo, String time) {
        Instant at = now.atZone(zone).toLocalDate().minusDays(daysAgo).atTime(LocalTime.parse(time)).atZone(zone).toInstant();
        return at.isAfter(now) ? now.minus(Duration.ofMinutes(30 + daysAgo)) : at;
    }

    /** Writes stamped with a past moment and made by the rep who did them. */
    private Writes writesAt(Instant at, User rep) {
        return new Writes(db, Clock.fixed(at, workspace.zone()), () -> rep);
    }

    private OrderService orderServiceAt(Instant at, User rep) {
        return new OrderService(db, writesAt(at, rep), workspace.settings());
    }

    private MilestoneService milestonesAt(Instant at, User rep) {
        return new MilestoneService(db, writesAt(at, rep));
    }

    private static JsonNode read() {
        try (InputStream in = DemoDataService.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new GendanException("error.demo.missing");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new GendanException(e, "error.demo.missing");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
