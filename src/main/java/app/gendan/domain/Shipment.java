package app.gendan.domain;

import java.time.Instant;

/** A shipment of an order: carrier, tracking number, when it left and arrived. */
public record Shipment(long id, long orderId, String carrier, String trackingNo, Instant shippedAt, Instant deliveredAt,
                       int version) {}
