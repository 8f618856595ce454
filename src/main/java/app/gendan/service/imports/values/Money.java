package app.gendan.service.imports.values;

import java.math.BigDecimal;

/** An amount and, when the cell said so, its ISO currency code (null otherwise). */
public record Money(BigDecimal amount, String currency) {}
