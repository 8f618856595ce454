package app.gendan.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.service.imports.read.RawCell;
import app.gendan.service.imports.read.RawRow;
import app.gendan.service.imports.read.RowCursor;
import app.gendan.service.imports.values.KeptValue;
import app.gendan.service.imports.values.ParsedRow;
import app.gendan.service.imports.values.ParsedRowCursor;
import app.gendan.testing.DbDump;
import app.gendan.testing.TestWorkspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's promise over the whole corpus: every non-empty cell below a sheet's header ends up
 * in a field of its row, in an extra field of the row's record, or in a problem reported for its
 * row (a totals row, an unreadable value, a row that names nobody). The raw cells are read with the
 * import's own readers, the rows as the import parses them, and the extra fields from the database
 * the import wrote.
 */
class CorpusNoValueLostTest {
    private static final Path DIR = Path.of("src/test/resources/corpus");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyCellOfEveryTrackerIsKept() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(DIR.resolve("expected.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        expected.properties().forEach(e -> tests.add(DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey()))));
        return tests.stream();
    }

    private void check(String name) throws IOException {
        Path db = Files.createDirectories(dir.resolve(Integer.toHexString(name.hashCode())));
        Path file = DIR.resolve(name);
        try (TestWorkspace t = TestWorkspace.create(db)) {
            ImportRequest request = t.ws.imports().inspect(file).request();
            List<KeptValue> keptOfImportedRows = new ArrayList<>();
            int cells = 0;
            try (TrackerImport imp = TrackerImport.open(file, ImportOptions.defaults())) {
                for (SheetPlan plan : RequestReader.plans(imp, request)) {
                    Map<Integer, ParsedRow> parsed = new HashMap<>();
                    Set<Integer> totals;
                    try (ParsedRowCursor rows = imp.rows(plan)) {
                        rows.forEachRemaining(r -> parsed.put(r.rowNumber(), r));
                        totals = new HashSet<>(rows.totalsRows());
                    }
                    parsed.values().stream().filter(ParsedRow::importable).forEach(r -> keptOfImportedRows.addAll(r.kept()));
                    try (RowCursor raw = imp.file().rows(plan.sheet())) {
                        while (raw.hasNext()) {
                            RawRow row = raw.next();
                            if (row.rowNumber() <= plan.headerRow() || row.isBlank() || totals.contains(row.rowNumber())) {
                                continue;
                            }
                            ParsedRow p = parsed.get(row.rowNumber());
                            if (p == null) {
                                continue; // a repeated header row: the header's own words
                            }
                            for (int c = 0; c < row.size(); c++) {
                                if (!row.cell(c).isBlank()) {
                                    cells++;
                                    assertKept(plan, p, c, row.cell(c));
                                }
                            }
                        }
                    }
                }
            }
            assertThat(cells).as("cells checked").isPositive();
            t.ws.imports().run(request, ImportProgress.NONE, () -> false);
            Set<String> stored = new HashSet<>(DbDump.strings(db, "SELECT header || CHAR(0) || field_value FROM extra_field"));
            for (KeptValue v : keptOfImportedRows) {
                assertThat(stored).as("%s: \"%s\" kept under %s", name, v.text(), v.header())
                        .contains(v.header() + '\0' + v.text());
            }
        }
    }

    private static void assertKept(SheetPlan plan, ParsedRow p, int column, RawCell cell) {
        ImportField field = plan.mapping().column(column).map(ColumnAssignment::field).orElse(null);
        boolean inField = field != null && p.values().containsKey(field)
                && p.kept().stream().noneMatch(k -> k.column() == column);
        boolean inExtra = p.kept().stream().anyMatch(k -> k.column() == column && k.text().equals(cell.text().strip()));
        String header = column < plan.headers().size() ? plan.headers().get(column) : null;
        boolean inProblem = p.problems().stream().anyMatch(pr -> pr.column() == null || pr.column().equals(header))
                && !p.importable();
        assertThat(inField || inExtra || inProblem)
                .as("%s row %d column %d \"%s\" (field %s): in a field, an extra field or a problem of its row",
                        p.sheet(), p.rowNumber(), column + 1, cell.text(), field)
                .isTrue();
    }
}
