package app.gendan.domain.export;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One customer as it goes into an export, with its primary contact (the first contact when
 * none is marked primary; all null when it has no contacts) and its open orders.
 */
public record CustomerExportRow(
        String name,
        String shortName,
        String grade,
        String source,
        String industry,
        String phone,
        String address,
        String ownerName,
        String tags,
        String contactName,
        String contactTitle,
        String contactPhone,
        String contactEmail,
        String contactWechat,
        long openOrders,
        BigDecimal openAmount,
        String notes,
        Instant createdAt,
        long id) {}
