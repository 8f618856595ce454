package app.gendan.service.imports.plan;

import app.gendan.domain.CustomerDraft;
import java.util.List;
import java.util.Map;

/** The customer fields an import fills in when they are blank, named as the customer's history names them. */
public final class CustomerFields {
    static final RecordFields<CustomerDraft> DRAFT = new RecordFields<>(CustomerDraft.class);
    public static final List<AuditedField> FIELDS = List.of(
            new AuditedField("shortName", "shortName", s -> s),
            new AuditedField("grade", "grade", s -> s),
            new AuditedField("source", "source", s -> s),
            new AuditedField("industry", "industry", s -> s),
            new AuditedField("address", "address", s -> s),
            new AuditedField("phone", "phone", s -> s),
            new AuditedField("owner", "ownerId", Long::valueOf));

    private CustomerFields() {}

    static AuditedField byAuditName(String name) {
        return FIELDS.stream().filter(f -> f.audit().equals(name)).findFirst().orElse(null);
    }

    public static List<String[]> diff(CustomerDraft before, CustomerDraft after) {
        return DRAFT.diff(FIELDS, before, after);
    }

    public static CustomerDraft with(CustomerDraft d, Map<String, Object> values) {
        return DRAFT.with(d, values);
    }
}
