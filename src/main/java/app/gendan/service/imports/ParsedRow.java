package app.gendan.service.imports;

import app.gendan.domain.Priority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One data row read through the mapping. Values are typed by the field's {@link ValueKind}:
 * TEXT, PHONE, EMAIL, CURRENCY, FOLLOW_UP_METHOD, GRADE → String; DATE → LocalDateTime; MONEY →
 * {@link Money}; QUANTITY → BigDecimal; STAGE → {@link StageMatch}; PRIORITY → {@link Priority}.
 * A row with an ERROR problem, or a total row, is not importable.
 */
public record ParsedRow(String sheet, int rowNumber, boolean totalRow, Map<ImportField, Object> values,
                        List<ImportProblem> problems) {

    public ParsedRow {
        values = Map.copyOf(values);
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return !totalRow && problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }

    public boolean has(ImportField f) {
        return values.containsKey(f);
    }

    public String text(ImportField f) {
        Object v = values.get(f);
        return v == null ? null : v.toString();
    }

    public LocalDate date(ImportField f) {
        return values.get(f) instanceof LocalDateTime t ? t.toLocalDate() : null;
    }

    public LocalDateTime dateTime(ImportField f) {
        return values.get(f) instanceof LocalDateTime t ? t : null;
    }

    public Money money(ImportField f) {
        return values.get(f) instanceof Money m ? m : null;
    }

    public BigDecimal amount(ImportField f) {
        Money m = money(f);
        return m == null ? null : m.amount();
    }

    public BigDecimal decimal(ImportField f) {
        return values.get(f) instanceof BigDecimal d ? d : null;
    }

    public StageMatch stage(ImportField f) {
        return values.get(f) instanceof StageMatch s ? s : null;
    }

    public Priority priority() {
        return values.get(ImportField.PRIORITY) instanceof Priority p ? p : null;
    }
}
