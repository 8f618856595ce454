package app.gendan.domain;

/** One open next step as the Today view and `gendan due` show it. */
public record DueItem(
        long followUpId,
        int version,
        long customerId,
        String customerName,
        Long orderId,
        String orderNo,
        String orderTitle,
        NextStep step,
        String ownerName,
        DueGroup group,
        long daysOverdue) {}
