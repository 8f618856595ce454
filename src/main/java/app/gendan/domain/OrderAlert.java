package app.gendan.domain;

import java.time.LocalDate;

/**
 * An order that needs attention: which, why, whose. {@code since} is the date the cause began
 * (stage entered, ship-by or payment date passed, expiry date) and {@code days} how long ago
 * (or, for an expiring quote or contract, how many days are left).
 */
public record OrderAlert(
        AlertKind kind,
        long orderId,
        String orderNo,
        String orderTitle,
        String customerName,
        long ownerId,
        String ownerName,
        LocalDate since,
        long days) {

    /** Identifies the alert across restarts, so it notifies once while its cause lasts. */
    public String key() {
        return kind.code() + ":" + orderId + ":" + since;
    }
}
