package app.gendan.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.service.imports.values.Money;
import app.gendan.service.imports.values.ParsedRow;
import app.gendan.service.imports.values.ParsedRowCursor;
import app.gendan.testing.DbDump;
import app.gendan.testing.TestWorkspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The values of every corpus tracker (src/test/resources/corpus) read as its expected.json says:
 * the years its dates fall in (a month-day date takes its year from the file, never from today) and,
 * where the file has an amount column, the sum of its amounts. The values are the ones an import of
 * the file reads, through a workspace's inspection of it (the sheets, header rows and mappings it
 * offers), summed per row as the builder did: an order met again counts each time. The import is
 * then run and the database must hold dates in those years only.
 *
 * <p>Trackers whose values are not read right yet are named in {@link #NOT_YET} with what is still
 * wrong; for them the test checks that it is still wrong, so a fix shows up here until the tracker
 * is taken out of the list.
 */
class CorpusValueFactsTest {
    private static final Path DIR = Path.of("src/test/resources/corpus");

    /** Trackers whose values are not read as their facts say yet, and why. */
    static final Map<String, String> NOT_YET = Map.of();

    private static JsonNode expected;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        expected = new ObjectMapper().readTree(DIR.resolve("expected.json").toFile());
    }

    @TestFactory
    Stream<DynamicTest> eachTrackerReadsTheValuesItHolds() {
        List<DynamicTest> tests = new ArrayList<>();
        expected.properties().forEach(e -> tests.add(DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue()))));
        return tests.stream();
    }

    /** What the import read of a tracker: the years of every date and the amounts summed row by row. */
    private record Read(Set<Integer> years, BigDecimal amountSum, Set<Integer> storedYears) {}

    private void check(String name, JsonNode facts) throws IOException {
        Path db = Files.createDirectories(dir.resolve(Integer.toHexString(name.hashCode())));
        Read read;
        try (TestWorkspace t = TestWorkspace.create(db)) {
            read = read(t, DIR.resolve(name), db);
        }
        Set<Integer> years = new TreeSet<>();
        facts.get("years").forEach(y -> years.add(y.asInt()));
        String amount = facts.has("amount_sum") ? facts.get("amount_sum").asText() : null;
        String sum = read.amountSum().setScale(2, RoundingMode.HALF_UP).toPlainString();
        boolean allFacts = read.years().equals(years) && years.containsAll(read.storedYears())
                && (amount == null || amount.equals(sum));
        if (NOT_YET.containsKey(name)) {
            assertThat(allFacts).as("%s now reads its values as its facts say: take it out of NOT_YET", name).isFalse();
            return;
        }
        assertThat(read.years()).as("years of the dates read").isEqualTo(years);
        assertThat(read.storedYears()).as("years of the dates stored").isSubsetOf(years);
        if (amount != null) {
            assertThat(sum).as("sum of the amounts read").isEqualTo(amount);
        }
    }

    private static Read read(TestWorkspace t, Path file, Path db) {
        ImportRequest request = t.ws.imports().inspect(file).request();
        Set<Integer> years = new TreeSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        try (TrackerImport imp = TrackerImport.open(file, ImportOptions.defaults())) {
            for (SheetPlan plan : RequestReader.plans(imp, request)) {
                try (ParsedRowCursor rows = imp.rows(plan)) {
                    while (rows.hasNext()) {
                        ParsedRow row = rows.next();
                        for (Map.Entry<ImportField, Object> v : row.values().entrySet()) {
                            if (v.getValue() instanceof LocalDateTime d) {
                                years.add(d.getYear());
                            }
                        }
                        Money m = row.money(ImportField.AMOUNT);
                        if (m != null) {
                            sum = sum.add(m.amount());
                        }
                    }
                }
            }
        }
        t.ws.imports().run(request, ImportProgress.NONE, () -> false);
        Set<Integer> stored = new TreeSet<>();
        for (String sql : STORED_DATES) {
            DbDump.strings(db, sql).forEach(y -> stored.add(Integer.parseInt(y)));
        }
        return new Read(years, sum, stored);
    }

    /** The dates an import stores from a file's cells (a follow-up without a date of its own is dated by the import). */
    private static final List<String> STORED_DATES = List.of(
            "SELECT DISTINCT YEAR(expected_close) FROM sales_order WHERE expected_close IS NOT NULL",
            "SELECT DISTINCT YEAR(promised_delivery) FROM sales_order WHERE promised_delivery IS NOT NULL",
            "SELECT DISTINCT YEAR(payment_due) FROM sales_order WHERE payment_due IS NOT NULL",
            "SELECT DISTINCT YEAR(received_date) FROM payment WHERE received_date IS NOT NULL",
            "SELECT DISTINCT YEAR(next_due_at) FROM follow_up WHERE next_due_at IS NOT NULL");
}
