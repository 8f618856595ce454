package app.gendan.domain.export;

import app.gendan.domain.OrderStatus;
import app.gendan.domain.Priority;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One order as it goes into an export: names instead of ids, money received so far and the
 * order's soonest open next step (all null when it has none).
 */
public record OrderExportRow(
        String orderNo,
        String title,
        String customerName,
        String contactName,
        String pipelineName,
        String stageName,
        OrderStatus status,
        Priority priority,
        String ownerName,
        BigDecimal amount,
        String currency,
        BigDecimal received,
        LocalDate orderDate,
        LocalDate expectedClose,
        LocalDate promisedDelivery,
        LocalDate shipBy,
        LocalDate paymentDue,
        Instant stageEnteredAt,
        String nextAction,
        Instant nextDueAt,
        boolean nextDueHasTime,
        String lostReason,
        String notes,
        Instant updatedAt,
        long id) {}
