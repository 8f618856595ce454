package app.gendan.service;

import app.gendan.domain.AuditEntry;
import app.gendan.domain.User;
import app.gendan.domain.i18n.Messages;
import app.gendan.store.Database;
import app.gendan.store.ImportBatchRepository;
import app.gendan.store.StoreTx;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The order's own changes and those of its follow-ups (edits, deletes, done, snoozes), newest first. */
    public List<HistoryLine> ofOrder(long orderId, Messages messages) {
        return db.read(s -> {
            List<AuditEntry> entries = new ArrayList<>(s.audit().of("order", orderId));
            // a new follow-up is already told by the order's own "logged a follow-up" line
            s.audit().ofFollowUpsOfOrder(orderId).stream().filter(e -> !"create".equals(e.action())).forEach(entries::add);
            entries.sort(Comparator.comparing(AuditEntry::at).thenComparingLong(AuditEntry::id).reversed());
            return withImport(lines(entries, messages, s), s.importBatches().creatorOfOrder(orderId), messages);
        });
    }

    public List<HistoryLine> ofCustomer(long customerId, Messages messages) {
        return db.read(s -> withImport(lines(s.audit().of("customer", customerId), messages, s),
                s.importBatches().creatorOfCustomer(customerId), messages));
    }

    /** An imported row's first line names the import: its batch is the record of its creation. */
    private List<HistoryLine> withImport(List<HistoryLine> lines, Optional<ImportBatchRepository.Batch> batch, Messages m) {
        if (batch.isEmpty()) {
            return lines;
        }
        ImportBatchRepository.Batch b = batch.get();
        String who = b.importedBy() != null ? b.importedBy() : m.get("history.system");
        List<HistoryLine> all = new ArrayList<>(lines);
        all.add(new HistoryLine(b.importedAt(), who,
                m.get("history.imported", who, b.fileName(), WHEN.format(b.importedAt().atZone(zone)))));
        return all;
    }

    private List<HistoryLine> lines(List<AuditEntry> entries, Messages m, StoreTx s) {
        Map<String, String> users = s.users().active().stream()
                .collect(Collectors.toMap(u -> Long.toString(u.id()), User::displayName));
        return entries.stream().map(e -> line(e, m, users, s)).toList();
    }

    private HistoryLine line(AuditEntry e, Messages m, Map<String, String> users, StoreTx s) {
        String who = e.userName() != null ? e.userName() : m.get("history.system");
        String when = WHEN.format(e.at().atZone(zone));
        Function<String, String> value = v -> display(e.field(), v, m, users, s);
        if ("followup".equals(e.entity()) && ("update".equals(e.action()) || "delete".equals(e.action()))) {
            return new HistoryLine(e.at(), who, "delete".equals(e.action())
                    ? m.get("history.followup.delete", who, e.oldValue(), when)
                    : m.get("history.followup.update", who, m.get("field." + e.field()), value.apply(e.oldValue()),
                            value.apply(e.newValue()), when));
        }
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

    private String display(String field, String v, Messages m, Map<String, String> users, StoreTx s) {
        if (v == null || v.isBlank()) {
            return m.get("history.empty");
        }
        return switch (field == null ? "" : field) {
            case "owner", "nextOwner" -> users.getOrDefault(v, v);
            case "happenedAt", "nextDue", "snoozedUntil" -> moment(v);
            case "method" -> m.get("method." + v);
            case "customer" -> s.customers().byId(Long.parseLong(v)).map(c -> c.name()).orElse(v);
            case "priority" -> m.get("priority." + v);
            case "status" -> m.get("status." + v);
            default -> v;
        };
    }

    /** Moments are recorded as ISO instants; people read them in their own zone. */
    private String moment(String v) {
        try {
            return WHEN.format(java.time.Instant.parse(v).atZone(zone));
        } catch (java.time.format.DateTimeParseException e) {
            return v;
        }
    }
}
