package app.gendan.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.ForeignKey;
import org.jooq.Table;

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
final class TableOrder {
    private TableOrder() {}

    static List<Table<?>> parentsFirst(List<Table<?>> tables) {
        Set<Table<?>> done = new LinkedHashSet<>();
        for (Table<?> t : tables) {
            visit(t, tables, done, new LinkedHashSet<>());
        }
        return new ArrayList<>(done);
    }

    private static void visit(Table<?> t, List<Table<?>> all, Set<Table<?>> done, Set<Table<?>> path) {
        if (done.contains(t) || !path.add(t)) {
            return; // already placed, or a cycle (a table pointing at itself): its rows go in key order
        }
        for (ForeignKey<?, ?> fk : t.getReferences()) {
            Table<?> parent = fk.getKey().getTable();
            if (all.contains(parent) && !parent.equals(t)) {
                visit(parent, all, done, path);
            }
        }
        done.add(t);
    }
}
