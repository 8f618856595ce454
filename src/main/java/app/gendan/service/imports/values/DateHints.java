package app.gendan.service.imports.values;

import app.gendan.service.imports.detect.YearHint;
import app.gendan.service.imports.read.CellKind;
import app.gendan.service.imports.read.RawCell;
import app.gendan.service.imports.read.RawRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sheet says about reading its dates, worked out once from the file: the year its title,
 * sheet name or file name gives ({@link YearHint}), the middle of the full dates its first rows
 * hold (for a date without a year where the file names none), and per column whether "03/04/2024"
 * is day first or month first, decided by that column's own values.
 *
 * @param year         the file's year for dates without one; null when it names none
 * @param anchor       the median of the dates with a year in the first rows; null when there are none
 * @param columnOrders the day/month order each column's values prove; columns that prove none are absent
 */
public record DateHints(YearHint year, LocalDate anchor, Map<Integer, DateOrder> columnOrders) {
    public static final DateHints NONE = new DateHints(null, null, Map.of());

    public DateHints {
        columnOrders = Map.copyOf(columnOrders);
    }

    /**
     * @param year   what the file's title, sheet name or file name say; null for nothing
     * @param sample the sheet's first data rows
     */
    public static DateHints of(YearHint year, List<RawRow> sample, boolean date1904) {
        DateParser parser = new DateParser(LocalDate.of(2000, 1, 1), date1904, DateOrder.MONTH_FIRST);
        List<LocalDate> full = new ArrayList<>();
        Map<Integer, List<String>> texts = new HashMap<>();
        for (RawRow r : sample) {
            for (int c = 0; c < r.size(); c++) {
                RawCell cell = r.cell(c);
                if (cell.kind() == CellKind.DATE) {
                    full.add(cell.dateTime().toLocalDate());
                } else if (cell.kind() == CellKind.TEXT && DateParser.readsAsDate(cell)) {
                    texts.computeIfAbsent(c, k -> new ArrayList<>()).add(cell.text());
                    Parsed<LocalDateTime> p = parser.parse(cell.text());
                    // a note means the year was guessed or the order was: not a date to go by
                    if (p.value() != null && !p.hasProblem()) {
                        full.add(p.value().toLocalDate());
                    }
                }
            }
        }
        Map<Integer, DateOrder> orders = new HashMap<>();
        texts.forEach((c, values) -> {
            DateOrder o = DateOrder.infer(values, null);
            if (o != null) {
                orders.put(c, o);
            }
        });
        LocalDate anchor = null;
        if (!full.isEmpty()) {
            Collections.sort(full);
            anchor = full.get(full.size() / 2);
        }
        return new DateHints(year, anchor, orders);
    }

    /** The order a column's values prove, else the sheet's. */
    public DateOrder orderOf(int column, DateOrder sheetOrder) {
        return columnOrders.getOrDefault(column, sheetOrder);
    }
}
