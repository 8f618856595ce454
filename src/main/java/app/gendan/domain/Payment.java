package app.gendan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment expected for an order (due amount and date) and what was received. */
public record Payment(long id, long orderId, BigDecimal dueAmount, LocalDate dueDate, BigDecimal receivedAmount,
                      LocalDate receivedDate, int version) {

    public boolean isLate(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && receivedAmount.compareTo(dueAmount) < 0;
    }
}
