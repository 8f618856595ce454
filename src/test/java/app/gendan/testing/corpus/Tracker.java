package app.gendan.testing.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One tracker of the corpus as it is built: its sheets, the cells that go into them, and the facts
 * an import of it must find. The facts are recorded by the builder while it makes up each row, from
 * the values it meant to write, so they never depend on reading the file back.
 */
final class Tracker {
    final String file;
    final String kind;
    final String language;
    final String format;
    String encoding;
    String delimiter;
    String notes = "";
    String amountColumn;
    String currency = "CNY";
    final List<String> unmapped = new ArrayList<>();
    final List<Sheet> sheets = new ArrayList<>();

    private final Set<String> customers = new LinkedHashSet<>();
    // The latest stage per key: an order number met again later overwrites what was met before.
    private final Map<String, String> latestStage = new LinkedHashMap<>();
    private final Set<String> orders = new LinkedHashSet<>();
    private BigDecimal amount = BigDecimal.ZERO;
    private int followUps;
    private final Set<Integer> years = new TreeSet<>();

    Tracker(String file, String kind, String language, String format) {
        this.file = file;
        this.kind = kind;
        this.language = language;
        this.format = format;
    }

    Tracker text(String encoding, String delimiter) {
        this.encoding = encoding;
        this.delimiter = delimiter;
        return this;
    }

    Tracker notes(String notes) {
        this.notes = notes;
        return this;
    }

    Tracker amountColumn(String header) {
        this.amountColumn = header;
        return this;
    }

    Tracker unmapped(String... headers) {
        unmapped.addAll(List.of(headers));
        return this;
    }

    Sheet sheet(String name) {
        Sheet s = new Sheet(name);
        sheets.add(s);
        return s;
    }

    void customer(String name) {
        customers.add(name.strip());
    }

    void order(String number, String stage) {
        orders.add(number);
        latestStage.remove(number);
        latestStage.put(number, stage);
    }

    /** An order number a follow-up refers to, without a stage of its own. */
    void orderSeen(String number) {
        orders.add(number);
    }

    /** For a file without order numbers the stage spread is per customer, by its latest row. */
    void customerStage(String customer, String stage) {
        latestStage.remove(customer);
        latestStage.put(customer, stage);
    }

    void amountYuan(BigDecimal yuan) {
        amount = amount.add(yuan);
    }

    void followUp() {
        followUps++;
    }

    void date(LocalDate d) {
        years.add(d.getYear());
    }

    Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("language", language);
        m.put("format", format);
        if (encoding != null) {
            m.put("encoding", encoding);
            m.put("delimiter", delimiter);
        }
        List<String> names = new ArrayList<>();
        Map<String, Object> headerRows = new LinkedHashMap<>();
        Map<String, Object> rowsPerSheet = new LinkedHashMap<>();
        Map<String, Object> skipRows = new LinkedHashMap<>();
        int rows = 0;
        int cells = 0;
        for (Sheet s : sheets) {
            names.add(s.name);
            headerRows.put(s.name, s.headerRow);
            rowsPerSheet.put(s.name, s.dataRows());
            if (!s.skipRows.isEmpty()) {
                skipRows.put(s.name, s.skipRows);
            }
            rows += s.dataRows();
            cells += s.nonEmptyCells();
        }
        m.put("sheets", names);
        m.put("header_row", headerRows);
        m.put("rows_per_sheet", rowsPerSheet);
        m.put("skip_rows", skipRows);
        m.put("data_rows", rows);
        m.put("non_empty_cells", cells);
        m.put("distinct_customers", customers.size());
        if (!orders.isEmpty()) {
            m.put("distinct_orders", orders.size());
        }
        if (kind.equals("follow-ups")) {
            m.put("follow_ups", followUps);
        }
        if (amountColumn != null) {
            m.put("amount_column", amountColumn);
            m.put("currency", currency);
            m.put("amount_sum", amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        Map<String, Integer> spread = new TreeMap<>();
        latestStage.values().forEach(v -> spread.merge(v, 1, Integer::sum));
        m.put("stage_spread", spread);
        m.put("stage_spread_by", kind.equals("orders") ? "order" : "customer");
        m.put("years", years);
        m.put("unmapped_headers", unmapped);
        m.put("notes", notes);
        return m;
    }

    /** A sheet as rows of cells top to bottom: title and note lines, headers, data, totals. */
    static final class Sheet {
        final String name;
        final List<List<Object>> lines = new ArrayList<>();
        final List<int[]> merges = new ArrayList<>();
        final List<Integer> skipRows = new ArrayList<>();
        final List<Integer> dataLines = new ArrayList<>();
        int headerRow;
        int[] widths;

        Sheet(String name) {
            this.name = name;
        }

        /** A title, a note or a group header line above the field headers. */
        Sheet line(Object... cells) {
            lines.add(new ArrayList<>(java.util.Arrays.asList(cells)));
            return this;
        }

        Sheet blank() {
            lines.add(new ArrayList<>());
            return this;
        }

        /** A group header spanning columns first..last (0-based) on the last line written. */
        Sheet merge(int first, int last) {
            merges.add(new int[] {lines.size() - 1, first, last});
            return this;
        }

        Sheet header(String... names) {
            lines.add(new ArrayList<>(List.of(names)));
            headerRow = lines.size();
            return this;
        }

        Sheet data(Object... cells) {
            lines.add(new ArrayList<>(java.util.Arrays.asList(cells)));
            dataLines.add(lines.size() - 1);
            return this;
        }

        /** A totals or note line below the header that carries no record. */
        Sheet footer(Object... cells) {
            lines.add(new ArrayList<>(java.util.Arrays.asList(cells)));
            skipRows.add(lines.size());
            return this;
        }

        int dataRows() {
            return dataLines.size();
        }

        int nonEmptyCells() {
            int n = 0;
            for (int i : dataLines) {
                for (Object c : lines.get(i)) {
                    if (!isEmpty(c)) {
                        n++;
                    }
                }
            }
            return n;
        }

        static boolean isEmpty(Object c) {
            if (c == null) {
                return true;
            }
            if (c instanceof Cell.Styled s) {
                return isEmpty(s.value());
            }
            return c instanceof String s && s.isBlank();
        }
    }
}
