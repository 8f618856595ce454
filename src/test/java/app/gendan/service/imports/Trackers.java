package app.gendan.service.imports;

import app.gendan.service.imports.values.ParsedRow;
import app.gendan.service.imports.values.ParsedRowCursor;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Test helpers over the sample trackers copied into src/test/resources/trackers. */
public final class Trackers {
    public static final ImportOptions OPTIONS = ImportOptions.defaults().withReferenceDate(LocalDate.of(2024, 12, 31));

    private Trackers() {}

    public static Path path(String name) {
        try {
            return Path.of(Trackers.class.getResource("/trackers/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test file " + name, e);
        }
    }

    /** Every parsed data row of every sheet. */
    static List<ParsedRow> readAll(TrackerImport imp) {
        List<ParsedRow> rows = new ArrayList<>();
        for (SheetPlan plan : imp.plans()) {
            try (ParsedRowCursor cursor = imp.rows(plan)) {
                cursor.forEachRemaining(rows::add);
            }
        }
        return rows;
    }

    static BigDecimal sum(List<ParsedRow> rows, ImportField field) {
        return rows.stream().map(r -> r.amount(field)).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Set<String> distinct(List<ParsedRow> rows, ImportField field) {
        Set<String> s = new HashSet<>();
        rows.forEach(r -> {
            if (r.text(field) != null) {
                s.add(r.text(field));
            }
        });
        return s;
    }
}
