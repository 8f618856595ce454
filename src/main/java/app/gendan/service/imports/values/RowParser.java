package app.gendan.service.imports.values;

import app.gendan.service.imports.ColumnAssignment;
import app.gendan.service.imports.ColumnMapping;
import app.gendan.service.imports.ImportField;
import app.gendan.service.imports.ImportProblem;
import app.gendan.service.imports.Severity;
import app.gendan.service.imports.ValueKind;
import app.gendan.service.imports.detect.HeaderText;
import app.gendan.service.imports.map.StageWordMapper;
import app.gendan.service.imports.read.CellKind;
import app.gendan.service.imports.read.CellRef;
import app.gendan.service.imports.read.RawCell;
import app.gendan.service.imports.read.RawRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one raw row through a column mapping into typed values, collecting a problem for
 * every cell it could not read instead of throwing.
 */
public final class RowParser {
    private static final Set<String> TOTAL_WORDS = Set.of("合计", "总计", "小计", "共计", "总额", "累计", "汇总", "total",
            "totals", "grand total", "subtotal", "sub total", "sum");
    static final java.util.regex.Pattern TOTAL_NOISE = java.util.regex.Pattern.compile("[\\s:：]");
    private static final java.util.regex.Pattern FORMULA = java.util.regex.Pattern.compile("^[=+@][A-Za-z_]+\\(.*");

    private final String sheet;
    private final List<String> headers;
    private final ColumnMapping mapping;
    private final DateParser dates;
    private final StageWordMapper stages;
    private final boolean strictWidth;
    /** The mapping's assignment of each column, by column: looked up for every cell of every row. */
    private final ColumnAssignment[] byColumn;

    /**
     * @param strictWidth true for delimited text, where a row with fewer or more fields than
     *                    the header means the columns are shifted; spreadsheets leave trailing
     *                    cells out, so there only extra values are reported
     */
    public RowParser(String sheet, List<String> headers, ColumnMapping mapping, DateParser dates,
                     StageWordMapper stages, boolean strictWidth) {
        this.sheet = sheet;
        this.headers = List.copyOf(headers);
        this.mapping = mapping;
        this.dates = dates;
        this.stages = stages;
        this.strictWidth = strictWidth;
        int width = mapping.columns().stream().mapToInt(ColumnAssignment::column).max().orElse(-1) + 1;
        this.byColumn = new ColumnAssignment[width];
        mapping.columns().forEach(a -> byColumn[a.column()] = a);
    }

    public ParsedRow parse(RawRow row) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<ImportField, Object> values = new EnumMap<>(ImportField.class);
        checkWidth(row, problems);
        if (row.hidden()) {
            problems.add(problem(row, null, Severity.INFO, "imports.problem.hiddenRow"));
        }
        boolean total = isTotal(row);
        if (total) {
            problems.add(problem(row, null, Severity.INFO, "imports.problem.totalRow"));
        }
        for (int c = 0; c < row.size(); c++) {
            RawCell cell = row.cell(c);
            if (cell.truncated()) {
                problems.add(problem(row, header(c), Severity.WARNING, "imports.problem.cellTruncated", RawCell.MAX_CHARS));
            }
        }
        Reference reference = rowReference(row);
        DateParser rowDates = reference == null ? dates : dates.withReference(reference.date());
        List<KeptValue> kept = new ArrayList<>(0);
        for (int c = 0; c < row.size(); c++) {
            RawCell cell = row.cell(c);
            if (cell.isBlank()) {
                continue;
            }
            ColumnAssignment a = c < byColumn.length ? byColumn[c] : null;
            if (a == null || a.field() == null) {
                kept.add(new KeptValue(c, header(c), cell.text().strip()));
                continue;
            }
            if ((a.field() == ImportField.CONTACT_NAME || a.field().kind() == ValueKind.PHONE) && splitContact(a, cell, values, c, kept)) {
                continue;
            }
            // the reference text is a full date, read the same whatever the reference: not twice
            Parsed<?> p = reference != null && reference.column() == a ? reference.parsed() : read(a, cell, rowDates);
            if (p.hasProblem()) {
                // a value that cannot be read for its field never costs the row: only the columns that
                // name the customer or the order decide whether a row can be imported
                Severity severity = p.severity() == Severity.ERROR && !a.field().identifies() ? Severity.WARNING : p.severity();
                problems.add(problem(row, header(a.column()), severity, p.problemKey(), p.args().toArray()));
            }
            if (p.value() == null || !put(values, a.field(), p.value())) {
                // unreadable for its field, or a second column of a one-value field: kept as it was written
                kept.add(new KeptValue(c, header(c), cell.text().strip()));
            }
        }
        if (!total && mapping.identifiesRows() && values.keySet().stream().noneMatch(ImportField::identifies)) {
            problems.add(problem(row, null, Severity.ERROR, "imports.problem.noKey"));
        }
        return new ParsedRow(sheet, row.rowNumber(), total, values, problems, kept);
    }

    private Parsed<?> read(ColumnAssignment a, RawCell cell, DateParser rowDates) {
        if (cell.kind() == CellKind.ERROR) {
            return Parsed.fail("imports.problem.cellError", cell.text());
        }
        String text = cell.text().strip();
        return switch (a.field().kind()) {
            case TEXT -> text(text);
            case PHONE -> PhoneNormaliser.normalise(text);
            case EMAIL -> EmailParser.parse(text);
            case DATE -> rowDates.forColumn(a.column()).parse(cell);
            case MONEY -> money(a, cell);
            case QUANTITY -> QuantityParser.parse(cell);
            case CURRENCY -> ChoiceWords.currency(text);
            case PRIORITY -> ChoiceWords.priority(text);
            case FOLLOW_UP_METHOD -> ChoiceWords.followUpMethod(text);
            case GRADE -> ChoiceWords.grade(text);
            case STAGE -> stages.map(text).<Parsed<?>>map(Parsed::ok)
                    .orElseGet(() -> Parsed.note(null, Severity.WARNING, "imports.problem.unknownStage", text));
        };
    }

    private static Parsed<String> text(String text) {
        if (text.isEmpty()) {
            return Parsed.empty();
        }
        // "=HYPERLINK(...)" typed as text would become a live formula if exported again
        if (text.length() > 1 && "=+@".indexOf(text.charAt(0)) >= 0 && FORMULA.matcher(text).matches()) {
            return Parsed.note(text, Severity.WARNING, "imports.problem.formulaText", text);
        }
        return Parsed.ok(text);
    }

    private static Parsed<Money> money(ColumnAssignment a, RawCell cell) {
        Parsed<Money> p = MoneyParser.parse(cell);
        if (p.value() == null) {
            return p;
        }
        Money m = p.value();
        BigDecimal factor = HeaderText.moneyMultiplier(a.header());
        BigDecimal amount = factor.compareTo(BigDecimal.ONE) == 0 ? m.amount() : m.amount().multiply(factor);
        String currency = m.currency() != null ? m.currency() : HeaderText.currencyHint(a.header());
        if (amount.signum() < 0) {
            return Parsed.fail("imports.problem.negativeMoney", cell.text());
        }
        return Parsed.ok(new Money(amount, currency));
    }

    /**
     * A name cell with a phone number in it, or a phone cell with a name: the name goes to the
     * contact's name and the number to a phone field; what a field already holds is not replaced,
     * and a part no field takes is kept as written. False when the cell is not of that shape.
     */
    private boolean splitContact(ColumnAssignment a, RawCell cell, Map<ImportField, Object> values, int column,
                                        List<KeptValue> kept) {
        if (cell.kind() != CellKind.TEXT) {
            return false;
        }
        java.util.Optional<NameAndPhone> both = NameAndPhone.split(cell.text().strip());
        if (both.isEmpty()) {
            return false;
        }
        NameAndPhone np = both.get();
        ImportField phoneField = a.field() != ImportField.CONTACT_NAME ? a.field()
                : np.mobile() ? ImportField.CONTACT_MOBILE : ImportField.CONTACT_PHONE;
        boolean tookName = put(values, ImportField.CONTACT_NAME, np.name());
        boolean tookPhone = put(values, phoneField, np.phone());
        if (!tookName || !tookPhone) {
            kept.add(new KeptValue(column, header(column), cell.text().strip()));
        }
        return true;
    }

    /** Whether the field took the value: a field of one value keeps the first column's. */
    private static boolean put(Map<ImportField, Object> values, ImportField field, Object value) {
        Object old = values.get(field);
        if (old == null) {
            values.put(field, value);
            return true;
        }
        if (field.allowsManyColumns() && old instanceof String s) {
            values.put(field, s + "\n" + value);
            return true;
        }
        return old.equals(value);
    }

    private void checkWidth(RawRow row, List<ImportProblem> problems) {
        int width = row.width();
        if (strictWidth && row.size() < headers.size() && width > 0) {
            problems.add(problem(row, null, Severity.ERROR, "imports.problem.missingFields", headers.size(), row.size()));
        } else if (width > headers.size()) {
            Severity s = strictWidth ? Severity.ERROR : Severity.WARNING;
            problems.add(problem(row, null, s, "imports.problem.extraFields", headers.size(), width));
        }
    }

    /** A sum line (合计, 小计, Total…) among a row's first three cells: not data. */
    static boolean isTotal(RawRow row) {
        for (int c = 0; c < Math.min(row.size(), 3); c++) {
            String t = row.text(c).strip().toLowerCase(Locale.ROOT);
            // the pattern only for texts with a space or colon inside: most first cells have none
            if (hasTotalNoise(t)) {
                t = TOTAL_NOISE.matcher(t).replaceAll("");
            }
            if (!t.isEmpty()) {
                return TOTAL_WORDS.contains(t) || TOTAL_WORDS.contains(t.replace(" ", ""));
            }
        }
        return false;
    }

    /**
     * A row's reference date; {@code column} and {@code parsed} are set when it was read from
     * text, and {@code parsed} is then what reading that column gives.
     */
    private record Reference(LocalDate date, ColumnAssignment column, Parsed<LocalDateTime> parsed) {}

    /** Whether {@link #TOTAL_NOISE} finds something in t: \s is [ \t\n\x0B\f\r]. */
    static boolean hasTotalNoise(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ':' || c == '：') {
                return true;
            }
        }
        return false;
    }

    // The first full date in the row anchors the year of "6月12日" in the same row.
    private Reference rowReference(RawRow row) {
        for (ColumnAssignment a : mapping.columns()) {
            if (a.field() == null || a.field().kind() != ValueKind.DATE) {
                continue;
            }
            RawCell cell = row.cell(a.column());
            if (cell.kind() == CellKind.DATE) {
                return new Reference(cell.dateTime().toLocalDate(), null, null);
            }
            if (cell.kind() == CellKind.TEXT) {
                // without a problem the year was in the text, so no reference date changes the result
                Parsed<LocalDateTime> p = dates.forColumn(a.column()).parse(cell.text());
                if (p.value() != null && !p.hasProblem()) {
                    return new Reference(p.value().toLocalDate(), a, p);
                }
            }
        }
        return null;
    }

    private String header(int column) {
        return column < headers.size() && !headers.get(column).isBlank() ? headers.get(column) : CellRef.columnName(column);
    }

    private ImportProblem problem(RawRow row, String column, Severity severity, String key, Object... args) {
        return new ImportProblem(sheet, row.rowNumber(), column, severity, key, List.of(args));
    }
}
