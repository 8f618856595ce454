package app.gendan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An order or opportunity (订单/商机) as stored. */
public record SalesOrder(
        long id,
        String orderNo,
        long pipelineId,
        long stageId,
        Instant stageEnteredAt,
        OrderDraft draft,
        int version,
        Instant createdAt,
        Long createdBy,
        Instant updatedAt,
        Long updatedBy) {

    public String title() { return draft.title(); }

    public long customerId() { return draft.customerId(); }

    public long ownerId() { return draft.ownerId(); }

    public BigDecimal amount() { return draft.amount(); }

    public OrderStatus status() { return draft.status(); }

    public Priority priority() { return draft.priority(); }

    public LocalDate orderDate() { return draft.orderDate(); }
}
