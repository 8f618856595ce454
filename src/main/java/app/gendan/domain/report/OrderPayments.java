package app.gendan.domain.report;

import app.gendan.domain.OrderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Payments of one order summed up: what is due, what came in, and the earliest due date of a
 * payment not yet received in full (null when everything is paid).
 */
public record OrderPayments(
        String orderNo,
        String title,
        String customerName,
        String ownerName,
        OrderStatus status,
        String currency,
        BigDecimal orderAmount,
        BigDecimal due,
        BigDecimal received,
        LocalDate nextUnpaidDue) {

    /** Still to come in; never negative (an overpaid order owes nothing). */
    public BigDecimal outstanding() {
        BigDecimal open = due.subtract(received);
        return open.signum() < 0 ? BigDecimal.ZERO.setScale(due.scale()) : open;
    }

    /** Whole days the earliest unpaid payment is past its due date; 0 when none is late. */
    public long daysLate(LocalDate today) {
        if (nextUnpaidDue == null || !nextUnpaidDue.isBefore(today)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(nextUnpaidDue, today);
    }
}
