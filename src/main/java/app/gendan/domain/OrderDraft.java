package app.gendan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields of an order a user edits in the order form. When lines are given, the amount is
 * their sum (see {@link #withAmountFromLines()}).
 */
public record OrderDraft(
        String title,
        long customerId,
        Long contactId,
        long ownerId,
        Priority priority,
        BigDecimal amount,
        String currency,
        LocalDate orderDate,
        LocalDate expectedClose,
        LocalDate promisedDelivery,
        LocalDate shipBy,
        LocalDate paymentDue,
        LocalDate quoteExpires,
        LocalDate contractExpires,
        OrderStatus status,
        String lostReason,
        String notes,
        List<OrderLine> lines) {

    public OrderDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A minimal open order: the fields every form starts from. */
    public static OrderDraft of(String title, long customerId, long ownerId, BigDecimal amount, LocalDate orderDate) {
        return new OrderDraft(title, customerId, null, ownerId, Priority.NORMAL, amount, "CNY", orderDate,
                null, null, null, null, null, null, OrderStatus.OPEN, null, null, List.of());
    }

    public OrderDraft withAmountFromLines() {
        if (lines.isEmpty()) {
            return this;
        }
        BigDecimal sum = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return withAmount(sum);
    }

    public OrderDraft withAmount(BigDecimal newAmount) {
        return new OrderDraft(title, customerId, contactId, ownerId, priority, newAmount, currency, orderDate,
                expectedClose, promisedDelivery, shipBy, paymentDue, quoteExpires, contractExpires, status,
                lostReason, notes, lines);
    }

    public OrderDraft withTitle(String newTitle) {
        return new OrderDraft(newTitle, customerId, contactId, ownerId, priority, amount, currency, orderDate,
                expectedClose, promisedDelivery, shipBy, paymentDue, quoteExpires, contractExpires, status,
                lostReason, notes, lines);
    }

    public OrderDraft withPriority(Priority newPriority) {
        return new OrderDraft(title, customerId, contactId, ownerId, newPriority, amount, currency, orderDate,
                expectedClose, promisedDelivery, shipBy, paymentDue, quoteExpires, contractExpires, status,
                lostReason, notes, lines);
    }

    public OrderDraft withStatus(OrderStatus newStatus, String newLostReason) {
        return new OrderDraft(title, customerId, contactId, ownerId, priority, amount, currency, orderDate,
                expectedClose, promisedDelivery, shipBy, paymentDue, quoteExpires, contractExpires, newStatus,
                newLostReason, notes, lines);
    }

    public OrderDraft withShipBy(LocalDate newShipBy) {
        return new OrderDraft(title, customerId, contactId, ownerId, priority, amount, currency, orderDate,
                expectedClose, promisedDelivery, newShipBy, paymentDue, quoteExpires, contractExpires, status,
                lostReason, notes, lines);
    }

    public OrderDraft withLines(List<OrderLine> newLines) {
        return new OrderDraft(title, customerId, contactId, ownerId, priority, amount, currency, orderDate,
                expectedClose, promisedDelivery, shipBy, paymentDue, quoteExpires, contractExpires, status,
                lostReason, notes, newLines);
    }
}
