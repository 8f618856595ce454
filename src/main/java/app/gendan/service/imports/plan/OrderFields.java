package app.gendan.service.imports.plan;

import app.gendan.domain.OrderDraft;
import app.gendan.domain.OrderStatus;
import app.gendan.domain.Priority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The order fields an import updates, named as the order's history names them. */
public final class OrderFields {
    static final RecordFields<OrderDraft> DRAFT = new RecordFields<>(OrderDraft.class);
    public static final List<AuditedField> FIELDS = List.of(
            new AuditedField("title", "title", s -> s),
            new AuditedField("contact", "contactId", Long::valueOf),
            new AuditedField("owner", "ownerId", Long::valueOf),
            new AuditedField("priority", "priority", Priority::fromCode),
            new AuditedField("amount", "amount", BigDecimal::new),
            new AuditedField("currency", "currency", s -> s),
            new AuditedField("orderDate", "orderDate", LocalDate::parse),
            new AuditedField("expectedClose", "expectedClose", LocalDate::parse),
            new AuditedField("promisedDelivery", "promisedDelivery", LocalDate::parse),
            new AuditedField("shipBy", "shipBy", LocalDate::parse),
            new AuditedField("paymentDue", "paymentDue", LocalDate::parse),
            new AuditedField("quoteExpires", "quoteExpires", LocalDate::parse),
            new AuditedField("contractExpires", "contractExpires", LocalDate::parse),
            new AuditedField("status", "status", OrderStatus::fromCode),
            new AuditedField("lostReason", "lostReason", s -> s),
            new AuditedField("notes", "notes", s -> s));

    private OrderFields() {}

    /** Field-by-field differences: audit name, old text, new text. */
    public static List<String[]> diff(OrderDraft before, OrderDraft after) {
        return DRAFT.diff(FIELDS, before, after);
    }

    static AuditedField byAuditName(String name) {
        return FIELDS.stream().filter(f -> f.audit().equals(name)).findFirst().orElse(null);
    }

    public static OrderDraft with(OrderDraft d, Map<String, Object> values) {
        return DRAFT.with(d, values);
    }
}
