package app.gendan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrderNumberRuleTest {
    @Test
    void defaultRuleRendersYearAndPaddedCounter() {
        OrderNumberRule rule = OrderNumberRule.parse(OrderNumberRule.DEFAULT_PATTERN);
        assertThat(rule.render(LocalDate.of(2026, 1, 5), 42)).isEqualTo("SO-2026-000042");
        assertThat(rule.render(LocalDate.of(2026, 1, 5), 1234567)).isEqualTo("SO-2026-1234567");
    }

    @Test
    void scopeRestartsTheCounterPerYearOnlyWhenThePatternHasAYear() {
        OrderNumberRule yearly = OrderNumberRule.parse("SO-{yyyy}-{seq:0000}");
        assertThat(yearly.scope(LocalDate.of(2026, 3, 1))).isEqualTo(yearly.scope(LocalDate.of(2026, 12, 31)));
        assertThat(yearly.scope(LocalDate.of(2026, 3, 1))).isNotEqualTo(yearly.scope(LocalDate.of(2027, 1, 1)));
        OrderNumberRule forever = OrderNumberRule.parse("GD-{seq:00000}");
        assertThat(forever.scope(LocalDate.of(2026, 3, 1))).isEqualTo(forever.scope(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void monthAndDayPlaceholders() {
        assertThat(OrderNumberRule.parse("{yy}{MM}{dd}-{seq:00}").render(LocalDate.of(2026, 11, 3), 7))
                .isEqualTo("261103-07");
    }

    @Test
    void patternsWithoutExactlyOneCounterOrWithUnknownPlaceholdersAreRejected() {
        assertThatThrownBy(() -> OrderNumberRule.parse("SO-{yyyy}")).isInstanceOf(GendanException.class)
                .extracting(e -> ((GendanException) e).messageKey()).isEqualTo("error.orderRule.needsSeq");
        assertThatThrownBy(() -> OrderNumberRule.parse("{seq}-{seq}")).isInstanceOf(GendanException.class);
        assertThatThrownBy(() -> OrderNumberRule.parse("{hh}-{seq}")).isInstanceOf(GendanException.class)
                .extracting(e -> ((GendanException) e).messageKey()).isEqualTo("error.orderRule.unknownToken");
        assertThatThrownBy(() -> OrderNumberRule.parse(" ")).isInstanceOf(GendanException.class);
    }
}
