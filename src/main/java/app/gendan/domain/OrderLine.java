package app.gendan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One product line of an order; its amount is quantity × unit price. */
public record OrderLine(String product, String model, String spec, BigDecimal quantity, BigDecimal unitPrice) {

    public BigDecimal amount() {
        BigDecimal q = quantity == null ? BigDecimal.ZERO : quantity;
        BigDecimal p = unitPrice == null ? BigDecimal.ZERO : unitPrice;
        return q.multiply(p).setScale(2, RoundingMode.HALF_UP);
    }
}
