package app.gendan.domain.backup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a database file holds, as a backup is checked against it: the schema version its
 * migrations reached (0 for a file without Gendan's schema) and the rows of each table,
 * by lower-case table name.
 */
public record DatabaseFacts(int schemaVersion, Map<String, Long> rows) {
    public DatabaseFacts {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
