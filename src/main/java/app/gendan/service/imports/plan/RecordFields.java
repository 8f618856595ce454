package app.gendan.service.imports.plan;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and replaces components of a record by name: how an import compares a row with the
 * order or customer in the database, and how a revert puts old values back from the audit trail.
 */
final class RecordFields<R extends Record> {
    private final RecordComponent[] components;
    private final Constructor<R> constructor;

    RecordFields(Class<R> type) {
        this.components = type.getRecordComponents();
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has its canonical constructor", e);
        }
    }

    Object get(R record, String component) {
        try {
            return find(component).getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(component, e);
        }
    }

    /** A copy with some components replaced. */
    R with(R record, Map<String, Object> values) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            args[i] = values.containsKey(name) ? values.get(name) : get(record, name);
        }
        try {
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + record, e);
        }
    }

    /** Field-by-field differences: audit name, old text, new text. */
    java.util.List<String[]> diff(java.util.List<AuditedField> fields, R before, R after) {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        for (AuditedField f : fields) {
            Object a = get(before, f.component());
            Object b = get(after, f.component());
            if (!same(a, b)) {
                out.add(new String[] {f.audit(), AuditedField.text(a), AuditedField.text(b)});
            }
        }
        return out;
    }

    private RecordComponent find(String name) {
        for (RecordComponent c : components) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** Equal as the audit trail sees it: blank text is no text, 1.50 equals 1.5. */
    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(blankToNull(a), blankToNull(b));
    }

    private static Object blankToNull(Object v) {
        return v instanceof String s && s.isBlank() ? null : v;
    }
}
