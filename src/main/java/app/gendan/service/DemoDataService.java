package app.gendan.service;

import app.gendan.store.Writes;
import app.gendan.domain.Contact;
import app.gendan.domain.Customer;
import app.gendan.domain.CustomerDraft;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

        Instant now = workspace.clock().instant();
        int orders = 0;
        for (JsonNode o : root.path("orders")) {
            Instant created = now.minus(Duration.ofDays(o.path("daysAgo").asLong())).minus(Duration.ofHours(orders % 7));
            Instant entered = now.minus(Duration.ofDays(o.path("daysInStage").asLong())).minus(Duration.ofMinutes(orders * 13L));
            if (entered.isBefore(created)) {
                entered = created.plus(Duration.ofHours(1));
            }
            Customer customer = customers.get(o.path("customer").asInt());
            List<OrderLine> lines = new ArrayList<>();
            for (JsonNode l : o.path("lines")) {
                lines.add(new OrderLine(l.path("product").asText(), text(l, "model"), text(l, "spec"),
                        new BigDecimal(l.path("quantity").asText()), new BigDecimal(l.path("unitPrice").asText())));
            }
            var orderDate = created.atZone(workspace.zone()).toLocalDate();
            OrderDraft draft = OrderDraft.of(o.path("title").asText(), customer.id(),
                            owners.getOrDefault(o.path("owner").asText(), me.id()), BigDecimal.ZERO, orderDate)
                    .withPriority(Priority.fromCode(o.path("priority").asText("normal")))
                    .withLines(lines);
            if (o.hasNonNull("shipByDays")) {
                draft = draft.withShipBy(orderDate.plusDays(o.path("shipByDays").asLong()));
            }
            SalesOrder order = servicesAt(created).create(pipeline.id(), draft);
            int stageIndex = Math.min(o.path("stage").asInt(), stages.size() - 1);
            if (stageIndex > 0) {
                order = servicesAt(entered).move(order.id(), order.version(), stages.get(stageIndex).id(), true);
            }
            if (o.hasNonNull("status")) {
                OrderStatus status = OrderStatus.fromCode(o.path("status").asText());
                servicesAt(entered.plus(Duration.ofMinutes(5))).update(order.id(), order.version(),
                        order.draft().withStatus(status, status == OrderStatus.LOST ? "price" : null));
            }
            orders++;
        }
        return new Summary(usersCreated, customers.size(), orders);
    }

    /** An order service whose writes are stamped with a past moment. */
    private OrderService servicesAt(Instant at) {
        Writes writes = new Writes(db, Clock.fixed(at, workspace.zone()), workspace.users()::current);
        return new OrderService(db, writes, workspace.settings());
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
