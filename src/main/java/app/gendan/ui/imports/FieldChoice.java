package app.gendan.ui.imports;

import app.gendan.service.imports.ImportField;
import java.util.ArrayList;
import java.util.List;

/** One entry of a column's mapping combo: a Gendan field, or {@link #IGNORE} for "do not import". */
record FieldChoice(ImportField field) {
    static final FieldChoice IGNORE = new FieldChoice(null);

    static FieldChoice of(ImportField field) {
        return field == null ? IGNORE : new FieldChoice(field);
    }

    /** "Do not import" first, then every field in the order the service declares them. */
    static List<FieldChoice> all() {
        List<FieldChoice> list = new ArrayList<>();
        list.add(IGNORE);
        for (ImportField f : ImportField.values()) {
            list.add(new FieldChoice(f));
        }
        return List.copyOf(list);
    }

    String messageKey() {
        return field == null ? "imports.field.ignored" : field.messageKey();
    }
}
