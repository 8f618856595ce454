package app.gendan.service.imports;

import app.gendan.service.imports.detect.HeaderSignature;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which column feeds which field, for one header layout. {@code signature} identifies the
 * layout (see {@link HeaderSignature}) so a mapping the user corrected is reused next time.
 * Save and load it with {@link MappingJson}.
 */
public record ColumnMapping(String signature, List<ColumnAssignment> columns) {

    public ColumnMapping {
        columns = List.copyOf(columns);
    }

    /** The same mapping with one column pointed at another field (null: do not import it). */
    public ColumnMapping withField(int column, ImportField field) {
        List<ColumnAssignment> list = new ArrayList<>(columns.size());
        for (ColumnAssignment a : columns) {
            list.add(a.column() == column ? a.withField(field) : a);
        }
        return new ColumnMapping(signature, list);
    }

    public Optional<ColumnAssignment> column(int column) {
        return columns.stream().filter(a -> a.column() == column).findFirst();
    }

    public List<ColumnAssignment> columnsFor(ImportField field) {
        return columns.stream().filter(a -> a.field() == field).toList();
    }

    public boolean has(ImportField field) {
        return columns.stream().anyMatch(a -> a.field() == field);
    }

    /** Fields that more than one column feeds although they take only one. */
    public Set<ImportField> duplicates() {
        Map<ImportField, Integer> counts = new EnumMap<>(ImportField.class);
        for (ColumnAssignment a : columns) {
            if (a.field() != null) {
                counts.merge(a.field(), 1, Integer::sum);
            }
        }
        Set<ImportField> dups = EnumSet.noneOf(ImportField.class);
        counts.forEach((f, n) -> {
            if (n > 1 && !f.allowsManyColumns()) {
                dups.add(f);
            }
        });
        return dups;
    }

    /** True when some column says which customer or order a row is about. */
    public boolean identifiesRows() {
        return columns.stream().anyMatch(a -> a.field() != null && a.field().identifies());
    }
}
