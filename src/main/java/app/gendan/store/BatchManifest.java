package app.gendan.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many rows of each table an import batch wrote ("customer=60;sales_order=60;..."): written by
 * the import as its last write, and compared after its commit with what the file holds.
 */
public record BatchManifest(Map<String, Long> rows) {
    /** The tables whose rows a batch writes, as the manifest names them. */
    public static final java.util.List<String> TABLES = java.util.List.of("customer", "contact", "app_user",
            "sales_order", "order_line", "shipment", "payment", "follow_up", "extra_field", "audit_entry");

    public BatchManifest {
        rows = Map.copyOf(rows);
    }

    /** A count of 0 for each of {@link #TABLES}, to be added to as rows are written. */
    public static Map<String, Long> noRows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        TABLES.forEach(t -> rows.put(t, 0L));
        return rows;
    }

    /**
     * Whether the file holds what this manifest says: a table the manifest does not name (one added
     * to Gendan after an older version wrote it) must hold none of the batch's rows.
     */
    public boolean matches(BatchManifest inFile) {
        java.util.Set<String> tables = new java.util.HashSet<>(rows.keySet());
        tables.addAll(inFile.rows.keySet());
        return tables.stream().allMatch(t -> rows.getOrDefault(t, 0L).equals(inFile.rows.getOrDefault(t, 0L)));
    }

    String format() {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(rows).forEach((table, n) -> sb.append(sb.isEmpty() ? "" : ";").append(table).append('=').append(n));
        return sb.toString();
    }

    static BatchManifest parse(String text) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                rows.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
            }
        }
        return new BatchManifest(rows);
    }
}
