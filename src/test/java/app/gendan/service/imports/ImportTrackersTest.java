package app.gendan.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.DbDump;
import app.gendan.testing.TestWorkspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every sample tracker imports with the rows, customers, orders and amounts of trackers/expected.json. */
class ImportTrackersTest {
    @TempDir
    Path dir;

    static JsonNode expected() throws IOException {
        try (InputStream in = ImportTrackersTest.class.getResourceAsStream("/trackers/expected.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    static ImportRequest request(TestWorkspace t, Path file) {
        return t.ws.imports().inspect(file).request().withReferenceDate(LocalDate.of(2024, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"销售跟进表.xlsx", "订单跟踪-GBK.csv", "deals-export.csv", "老跟单表.xls"})
    void importsWithTheExpectedCounts(String name) throws IOException {
        JsonNode facts = expected().get(name);
        try (TestWorkspace t = TestWorkspace.create(dir)) {
            ImportSummary s = t.ws.imports().run(request(t, Trackers.path(name)), ImportProgress.NONE, () -> false);

            assertThat(s.batchId()).isNotNull();
            assertThat(s.counts().rows()).isEqualTo(facts.get("data_rows").asInt());
            assertThat(s.counts().skippedRows()).isZero();
            assertThat(s.counts().customersCreated()).isEqualTo(facts.get("distinct_customers").asInt());
            assertThat(DbDump.count(dir, "SELECT COUNT(*) FROM customer")).isEqualTo(facts.get("distinct_customers").asInt());
            if (facts.has("distinct_orders")) {
                assertThat(s.counts().ordersCreated()).isEqualTo(facts.get("distinct_orders").asInt());
                assertThat(DbDump.count(dir, "SELECT COUNT(*) FROM sales_order")).isEqualTo(facts.get("distinct_orders").asInt());
            }
            for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) facts::fields) {
                switch (field.getKey()) {
                    case "sum_金额", "sum_Value" -> assertThat(DbDump.number(dir, "SELECT SUM(amount) FROM sales_order"))
                            .isEqualByComparingTo(new BigDecimal(field.getValue().asText()));
                    case "sum_回款金额" -> {
                        // Gendan keeps money in cents: the half-cent payments of this file are rounded, each noted
                        BigDecimal inCents = receivedInCents(name);
                        assertThat(inCents.subtract(new BigDecimal(field.getValue().asText())).abs())
                                .isLessThan(new BigDecimal("0.1"));
                        assertThat(DbDump.number(dir, "SELECT SUM(received_amount) FROM payment"))
                                .isEqualByComparingTo(inCents);
                        assertThat(s.problems()).filteredOn(p -> p.messageKey().equals("imports.problem.amountRounded"))
                                .isNotEmpty().allSatisfy(p -> assertThat(p.column()).isEqualTo("回款金额"));
                    }
                    default -> { }
                }
            }
            assertThat(t.ws.imports().batches()).singleElement().satisfies(b -> {
                assertThat(b.fileName()).isEqualTo(name);
                assertThat(b.rows()).isEqualTo(facts.get("data_rows").asInt());
                assertThat(b.status()).isEqualTo(ImportBatchStatus.COMMITTED);
            });
        }
    }

    private static BigDecimal receivedInCents(String name) {
        try (TrackerImport imp = TrackerImport.open(Trackers.path(name), Trackers.OPTIONS)) {
            return Trackers.readAll(imp).stream().map(r -> r.amount(ImportField.RECEIVED_AMOUNT))
                    .filter(java.util.Objects::nonNull).map(a -> a.setScale(2, java.math.RoundingMode.HALF_UP))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
