package app.gendan.service.imports.values;

import app.gendan.domain.Priority;
import app.gendan.service.imports.ImportField;
import app.gendan.service.imports.ImportProblem;
import app.gendan.service.imports.Severity;
import app.gendan.service.imports.StageMatch;
import app.gendan.service.imports.ValueKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One data row read through the mapping. Values are typed by the field's {@link ValueKind}:
 * TEXT, PHONE, EMAIL, CURRENCY, FOLLOW_UP_METHOD, GRADE → String; DATE → LocalDateTime; MONEY →
 * {@link Money}; QUANTITY → BigDecimal; STAGE → {@link StageMatch}; PRIORITY → {@link Priority}.
 * A row with an ERROR problem, or a total row, is not importable. {@code kept} holds the row's cells
 * that no field took, in column order: they become extra fields of the row's record.
 */
public record ParsedRow(String sheet, int rowNumber, boolean totalRow, Map<ImportField, Object> values,
                        List<ImportProblem> problems, List<KeptValue> kept) {

    public ParsedRow {
        // an EnumMap: copied and read by index, where Map.copyOf hashes every field of every row
        EnumMap<ImportField, Object> copy = new EnumMap<>(ImportField.class);
        values.forEach((f, v) -> copy.put(Objects.requireNonNull(f), Objects.requireNonNull(v)));
        values = Collections.unmodifiableMap(copy);
        problems = List.copyOf(problems);
        kept = List.copyOf(kept);
    }

    public boolean importable() {
        if (totalRow) {
            return false;
        }
        for (ImportProblem p : problems) {
            if (p.severity() == Severity.ERROR) {
                return false;
            }
        }
        return true;
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
