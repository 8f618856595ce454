package app.gendan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderValidatorTest {
    private final OrderDraft valid = OrderDraft.of("主轴采购", 1, 1, new BigDecimal("100"), LocalDate.of(2026, 11, 20));

    @Test
    void aCompleteDraftIsValid() {
        assertThat(OrderValidator.validate(valid)).isEmpty();
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        OrderDraft bad = new OrderDraft("", 0, null, 0, Priority.HIGH, new BigDecimal("-5"), "rmb",
                LocalDate.of(2026, 11, 20), null, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 19), null, null,
                null, OrderStatus.LOST, null, null,
                List.of(new OrderLine("", null, null, new BigDecimal("-1"), BigDecimal.ONE)));
        assertThat(OrderValidator.validate(bad)).extracting(FieldError::field).containsExactlyInAnyOrder(
                "title", "customer", "owner", "amount", "currency", "lostReason", "shipBy", "promisedDelivery",
                "lines[0].product", "lines[0].quantity");
    }

    @Test
    void lineAmountsAddUpToTheOrderAmount() {
        OrderDraft d = valid.withLines(List.of(new OrderLine("A", null, null, new BigDecimal("2.5"), new BigDecimal("10.10")),
                new OrderLine("B", null, null, new BigDecimal("1"), new BigDecimal("0.01")))).withAmountFromLines();
        assertThat(d.amount()).isEqualByComparingTo("25.26");
    }
}
