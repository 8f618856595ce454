package app.gendan.service.imports.plan;

import java.util.function.Function;

/**
 * A field an import may change, as the audit trail names it ({@code audit}), the record
 * component holding it ({@code component}) and how its audit text reads back ({@code parse}).
 */
public record AuditedField(String audit, String component, Function<String, Object> parse) {

    /** The audit text of a value, as the services write it (codes for enums). */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof app.gendan.domain.Priority p) {
            return p.code();
        }
        if (value instanceof app.gendan.domain.OrderStatus s) {
            return s.code();
        }
        return value.toString();
    }

    public Object read(String text) {
        return text == null ? null : parse.apply(text);
    }
}
