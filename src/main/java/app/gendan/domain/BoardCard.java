package app.gendan.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a board card shows about one open order, read together for the whole board. The next
 * step is the order's open step that wants attention first, null when the order has none.
 */
public record BoardCard(
        long orderId,
        String orderNo,
        String title,
        long customerId,
        String customerName,
        BigDecimal amount,
        String currency,
        long ownerId,
        String ownerName,
        Priority priority,
        long stageId,
        Instant stageEnteredAt,
        int version,
        NextStep nextStep) {

    public BoardCard movedTo(long newStageId, Instant enteredAt, int newVersion) {
        return new BoardCard(orderId, orderNo, title, customerId, customerName, amount, currency, ownerId,
                ownerName, priority, newStageId, enteredAt, newVersion, nextStep);
    }

    public BoardCard withNextStep(NextStep step) {
        return new BoardCard(orderId, orderNo, title, customerId, customerName, amount, currency, ownerId,
                ownerName, priority, stageId, stageEnteredAt, version, step);
    }
}
