package app.gendan.service;

import app.gendan.domain.OrderDraft;
import java.util.List;

/** Which order fields changed between two drafts, in words the history tab can show. */
final class OrderAudit {
    private OrderAudit() {}

    static List<FieldChanges.Change> changes(OrderDraft before, OrderDraft after) {
        return new FieldChanges<>(before, after)
                .check("title", OrderDraft::title)
                .check("customer", OrderDraft::customerId)
                .check("contact", OrderDraft::contactId)
                .check("owner", OrderDraft::ownerId)
                .check("priority", d -> d.priority().code())
                .check("amount", OrderDraft::amount)
                .check("currency", OrderDraft::currency)
                .check("orderDate", OrderDraft::orderDate)
                .check("expectedClose", OrderDraft::expectedClose)
                .check("promisedDelivery", OrderDraft::promisedDelivery)
                .check("shipBy", OrderDraft::shipBy)
                .check("paymentDue", OrderDraft::paymentDue)
                .check("quoteExpires", OrderDraft::quoteExpires)
                .check("contractExpires", OrderDraft::contractExpires)
                .check("status", d -> d.status().code())
                .check("lostReason", OrderDraft::lostReason)
                .check("notes", OrderDraft::notes)
                .check("lines", OrderAudit::linesText)
                .changes();
    }

    private static String linesText(OrderDraft d) {
        return d.lines().stream()
                .map(l -> l.product() + " × " + plain(l.quantity()) + " @ " + plain(l.unitPrice()))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String plain(java.math.BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }
}
