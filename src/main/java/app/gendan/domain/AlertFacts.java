package app.gendan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What the alert rules need to know about one open order, read in one query. */
public record AlertFacts(
        long orderId,
        String orderNo,
        String title,
        String customerName,
        long ownerId,
        String ownerName,
        BigDecimal amount,
        String stageName,
        Integer stageIdleDays,
        Instant stageEnteredAt,
        LocalDate shipBy,
        boolean hasShipment,
        LocalDate paymentDue,
        LocalDate earliestUnpaidDue,
        BigDecimal received,
        LocalDate quoteExpires,
        LocalDate contractExpires,
        boolean hasOpenNextStep) {}
