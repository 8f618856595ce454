package app.gendan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The order alerts. Each one disappears as soon as its cause is fixed: the order moves on, a
 * shipment or payment is recorded, a date is changed, a next step is set.
 */
public final class AlertRules {
    private AlertRules() {}

    public static List<OrderAlert> of(AlertFacts f, Instant now, ZoneId zone, int expiringWithinDays) {
        LocalDate today = now.atZone(zone).toLocalDate();
        List<OrderAlert> alerts = new ArrayList<>(2);
        long inStage = StageTime.daysInStage(f.stageEnteredAt(), now, zone);
        if (StageTime.isStuck(inStage, f.stageIdleDays())) {
            alerts.add(alert(f, AlertKind.STUCK, f.stageEnteredAt().atZone(zone).toLocalDate(), inStage));
        }
        if (f.shipBy() != null && f.shipBy().isBefore(today) && !f.hasShipment()) {
            alerts.add(alert(f, AlertKind.LATE_SHIPMENT, f.shipBy(), ChronoUnit.DAYS.between(f.shipBy(), today)));
        }
        LocalDate latePaymentSince = latePaymentSince(f, today);
        if (latePaymentSince != null) {
            alerts.add(alert(f, AlertKind.LATE_PAYMENT, latePaymentSince, ChronoUnit.DAYS.between(latePaymentSince, today)));
        }
        expiring(f, AlertKind.QUOTE_EXPIRING, f.quoteExpires(), today, expiringWithinDays, alerts);
        expiring(f, AlertKind.CONTRACT_EXPIRING, f.contractExpires(), today, expiringWithinDays, alerts);
        if (!f.hasOpenNextStep()) {
            // keyed by the stage entry so it notifies once, not every day
            alerts.add(alert(f, AlertKind.NO_NEXT_STEP, f.stageEnteredAt().atZone(zone).toLocalDate(), 0));
        }
        return alerts;
    }

    /** A payment row due and not fully received, or the order's own payment date with less received than the amount. */
    private static LocalDate latePaymentSince(AlertFacts f, LocalDate today) {
        if (f.earliestUnpaidDue() != null && f.earliestUnpaidDue().isBefore(today)) {
            return f.earliestUnpaidDue();
        }
        BigDecimal received = f.received() == null ? BigDecimal.ZERO : f.received();
        if (f.paymentDue() != null && f.paymentDue().isBefore(today) && received.compareTo(f.amount()) < 0
                && f.amount().signum() > 0) {
            return f.paymentDue();
        }
        return null;
    }

    private static void expiring(AlertFacts f, AlertKind kind, LocalDate date, LocalDate today, int within,
                                 List<OrderAlert> out) {
        if (date != null && !date.isBefore(today) && !date.isAfter(today.plusDays(within))) {
            out.add(alert(f, kind, date, ChronoUnit.DAYS.between(today, date)));
        }
    }

    private static OrderAlert alert(AlertFacts f, AlertKind kind, LocalDate since, long days) {
        return new OrderAlert(kind, f.orderId(), f.orderNo(), f.title(), f.customerName(), f.ownerId(), f.ownerName(),
                since, days);
    }
}
