package app.gendan.service.export;

import app.gendan.domain.ExtraField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A table followed by one column per extra-field header (in the order the headers first appear),
 * each record's values under their headers: what an import kept beyond Gendan's fields is exported
 * back under the header it had. A header that is also one of the table's own is written as is, beside it.
 */
final class ExtraColumns<R> implements TableLayout<R> {
    private static final int WIDTH = 20;
    private final TableLayout<R> table;
    private final Map<Long, List<ExtraField>> extras;
    private final ToLongFunction<R> id;
    private final Map<String, Integer> headers = new LinkedHashMap<>();

    ExtraColumns(TableLayout<R> table, Map<Long, List<ExtraField>> extras, ToLongFunction<R> id) {
        this.table = table;
        this.extras = extras;
        this.id = id;
        for (List<ExtraField> fields : extras.values()) {
            for (ExtraField f : fields) {
                headers.putIfAbsent(f.header(), headers.size());
            }
        }
    }

    @Override
    public List<Column> columns() {
        List<Column> all = new ArrayList<>(table.columns());
        headers.keySet().forEach(h -> all.add(new Column(h, WIDTH)));
        return all;
    }

    @Override
    public List<String> headers(CellValues values) {
        List<String> all = new ArrayList<>(table.headers(values));
        all.addAll(headers.keySet());
        return all;
    }

    @Override
    public List<Object> cells(R row, CellValues values) {
        List<Object> cells = new ArrayList<>(table.cells(row, values));
        Object[] more = new Object[headers.size()];
        for (ExtraField f : extras.getOrDefault(id.applyAsLong(row), List.of())) {
            int at = headers.get(f.header());
            // two columns of one record with the same header: both values kept, one under the other
            more[at] = more[at] == null ? f.value() : more[at] + "\n" + f.value();
        }
        cells.addAll(java.util.Arrays.asList(more));
        return cells;
    }
}
