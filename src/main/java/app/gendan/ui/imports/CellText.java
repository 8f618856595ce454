package app.gendan.ui.imports;

import app.gendan.domain.Priority;
import app.gendan.service.imports.ImportField;
import app.gendan.service.imports.StageMatch;
import app.gendan.service.imports.ValueKind;
import app.gendan.service.imports.values.Money;
import app.gendan.ui.AppContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A value read from a tracker row, written the way the user reads it (dates and money in their locale). */
final class CellText {
    private final AppContext ctx;

    CellText(AppContext ctx) {
        this.ctx = ctx;
    }

    /** A value of {@code field}: follow-up methods read as words rather than codes. */
    String of(ImportField field, Object value) {
        if (field.kind() == ValueKind.FOLLOW_UP_METHOD && value instanceof String code) {
            return switch (code) {
                case "phone" -> ctx.text("wizard.method.phone");
                case "email" -> ctx.text("wizard.method.email");
                case "visit" -> ctx.text("wizard.method.visit");
                case "wechat" -> ctx.text("wizard.method.wechat");
                case "other" -> ctx.text("wizard.method.other");
                default -> code;
            };
        }
        return of(value);
    }

    String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime t) {
            String date = ctx.formats().date(t.toLocalDate());
            return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? date : date + " " + t.toLocalTime();
        }
        if (value instanceof Money m) {
            return ctx.formats().money(m.amount(), m.currency());
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof StageMatch s) {
            return s.stageName() != null ? s.stageName() : ctx.messages().get("status." + s.status().code());
        }
        if (value instanceof Priority p) {
            return ctx.messages().get("priority." + p.code());
        }
        return value.toString();
    }
}
