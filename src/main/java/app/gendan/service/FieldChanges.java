package app.gendan.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Collects field-by-field differences between two versions of a record, for the audit trail. */
final class FieldChanges<T> {
    record Change(String field, Object oldValue, Object newValue) {}

    private final T before;
    private final T after;
    private final List<Change> changes = new ArrayList<>();

    FieldChanges(T before, T after) {
        this.before = before;
        this.after = after;
    }

    FieldChanges<T> check(String field, Function<T, ?> getter) {
        Object a = getter.apply(before);
        Object b = getter.apply(after);
        if (!same(a, b)) {
            changes.add(new Change(field, a, b));
        }
        return this;
    }

    List<Change> changes() { return changes; }

    private static boolean same(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof String s && s.isBlank()) {
            a = null;
        }
        if (b instanceof String s && s.isBlank()) {
            b = null;
        }
        return Objects.equals(a, b);
    }
}
