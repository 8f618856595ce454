package app.gendan.service.imports.plan;

import app.gendan.service.imports.values.KeptValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The kept values of one customer, order or follow-up, to be stored as its extra fields. An order
 * met on several rows (a tracker copied month to month) would repeat the same 区域 or 备用 value on
 * each: a header with the same text is kept once, a header with another text is kept as well.
 */
public final class ExtraValues {
    private List<KeptValue> values = List.of();
    private Set<String> seen;

    void add(List<KeptValue> kept) {
        for (KeptValue v : kept) {
            if (seen == null) {
                seen = new HashSet<>();
                values = new ArrayList<>();
            }
            if (seen.add(v.header() + '\u0000' + v.text())) {
                values.add(v);
            }
        }
    }

    public List<KeptValue> values() {
        return Collections.unmodifiableList(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
