package app.gendan.service;

import app.gendan.domain.AuditEntry;
import app.gendan.domain.User;
import app.gendan.domain.i18n.Messages;
import app.gendan.store.Database;
import app.gendan.store.StoreTx;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns the audit trail of an order or customer into sentences in the user's language. */
public final class HistoryService {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Database db;
    private final ZoneId zone;

    HistoryService(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    public List<HistoryLine> ofOrder(long orderId, Messages messages) {
        return of("order", orderId, messages);
    }

    public List<HistoryLine> ofCustomer(long customerId, Messages messages) {
        return of("customer", customerId, messages);
    }

    private List<HistoryLine> of(String entity, long id, Messages m) {
        return db.read(s -> {
            Map<String, String> users = s.users().active().stream()
                    .collect(Collectors.toMap(u -> Long.toString(u.id()), User::displayName));
            return s.audit().of(entity, id).stream().map(e -> line(e, m, users, s)).toList();
        });
    }

    private HistoryLine line(AuditEntry e, Messages m, Map<String, String> users, StoreTx s) {
        String who = e.userName() != null ? e.userName() : m.get("history.system");
        String when = WHEN.format(e.at().atZone(zone));
        Function<String, String> value = v -> display(e.field(), v, m, users, s);
        String text = switch (e.action()) {
            case "create" -> m.get("history.create", who, when);
            case "move" -> m.get("history.move", who, e.oldValue(), e.newValue(), when);
            case "check" -> m.get("history.check", who, e.oldValue(), when);
            case "uncheck" -> m.get("history.uncheck", who, e.oldValue(), when);
            case "delete" -> m.get("history.delete", who, e.oldValue(), when);
            case "done" -> m.get("history.done", who, e.oldValue(), when);
            case "snooze" -> m.get("history.snooze", who, e.oldValue(), value.apply(e.newValue()), when);
            case "followup" -> m.get("history.followup", who, e.newValue(), when);
            default -> m.get("history.update", who, m.get("field." + e.field()), value.apply(e.oldValue()),
                    value.apply(e.newValue()), when);
        };
        return new HistoryLine(e.at(), who, text);
    }

    private static String display(String field, String v, Messages m, Map<String, String> users, StoreTx s) {
        if (v == null || v.isBlank()) {
            return m.get("history.empty");
        }
        return switch (field == null ? "" : field) {
            case "owner" -> users.getOrDefault(v, v);
            case "customer" -> s.customers().byId(Long.parseLong(v)).map(c -> c.name()).orElse(v);
            case "priority" -> m.get("priority." + v);
            case "status" -> m.get("status." + v);
            default -> v;
        };
    }
}
