package app.gendan.service.imports;

import app.gendan.service.imports.values.KeptValue;
import app.gendan.service.imports.values.ParsedRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tallies, while a sheet's rows are read, the values of its columns no field takes (the kept values
 * of unreadable cells are the problems' business and not counted here).
 */
final class UnmappedColumns {
    private final String sheet;
    private final ColumnMapping mapping;
    private final TreeMap<Integer, Tally> byColumn = new TreeMap<>();

    private static final class Tally {
        final String header;
        int values;
        final Set<String> samples = new LinkedHashSet<>();

        Tally(String header) {
            this.header = header;
        }
    }

    UnmappedColumns(String sheet, ColumnMapping mapping) {
        this.sheet = sheet;
        this.mapping = mapping;
    }

    void add(ParsedRow row) {
        for (KeptValue v : row.kept()) {
            if (mapping.column(v.column()).map(ColumnAssignment::ignored).orElse(true)) {
                Tally t = byColumn.computeIfAbsent(v.column(), c -> new Tally(v.header()));
                t.values++;
                if (t.samples.size() < UnmappedColumn.SAMPLES) {
                    t.samples.add(v.text());
                }
            }
        }
    }

    List<UnmappedColumn> columns() {
        List<UnmappedColumn> out = new ArrayList<>();
        byColumn.forEach((c, t) -> out.add(new UnmappedColumn(sheet, c, t.header, t.values, List.copyOf(t.samples))));
        return out;
    }
}
