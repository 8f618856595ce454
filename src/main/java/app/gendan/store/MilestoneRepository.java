package app.gendan.store;

import static app.gendan.store.generated.Tables.PAYMENT;
import static app.gendan.store.generated.Tables.SHIPMENT;

import app.gendan.domain.Payment;
import app.gendan.domain.Shipment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Shipments and payments of orders. */
public final class MilestoneRepository {
    private final DSLContext dsl;

    MilestoneRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insertShipment(long orderId, String carrier, String trackingNo, Instant shippedAt, Long actor, Instant now) {
        return dsl.insertInto(SHIPMENT)
                .set(SHIPMENT.ORDER_ID, orderId).set(SHIPMENT.CARRIER, carrier).set(SHIPMENT.TRACKING_NO, trackingNo)
                .set(SHIPMENT.SHIPPED_AT, shippedAt)
                .set(SHIPMENT.CREATED_AT, now).set(SHIPMENT.CREATED_BY, actor)
                .set(SHIPMENT.UPDATED_AT, now).set(SHIPMENT.UPDATED_BY, actor)
                .returning(SHIPMENT.ID).fetchOne().getId();
    }

    public List<Shipment> shipments(long orderId) {
        return dsl.selectFrom(SHIPMENT).where(SHIPMENT.ORDER_ID.eq(orderId)).orderBy(SHIPMENT.ID)
                .fetch(r -> new Shipment(r.getId(), r.getOrderId(), r.getCarrier(), r.getTrackingNo(), r.getShippedAt(),
                        r.getDeliveredAt(), r.getVersion()));
    }

    public long insertPayment(long orderId, BigDecimal dueAmount, LocalDate dueDate, Long actor, Instant now) {
        return dsl.insertInto(PAYMENT)
                .set(PAYMENT.ORDER_ID, orderId).set(PAYMENT.DUE_AMOUNT, dueAmount).set(PAYMENT.DUE_DATE, dueDate)
                .set(PAYMENT.CREATED_AT, now).set(PAYMENT.CREATED_BY, actor)
                .set(PAYMENT.UPDATED_AT, now).set(PAYMENT.UPDATED_BY, actor)
                .returning(PAYMENT.ID).fetchOne().getId();
    }

    public Optional<Payment> payment(long id) {
        return dsl.selectFrom(PAYMENT).where(PAYMENT.ID.eq(id)).fetchOptional(r -> new Payment(r.getId(), r.getOrderId(),
                r.getDueAmount(), r.getDueDate(), r.getReceivedAmount(), r.getReceivedDate(), r.getVersion()));
    }

    public List<Payment> payments(long orderId) {
        return dsl.selectFrom(PAYMENT).where(PAYMENT.ORDER_ID.eq(orderId)).orderBy(PAYMENT.DUE_DATE, PAYMENT.ID)
                .fetch(r -> new Payment(r.getId(), r.getOrderId(), r.getDueAmount(), r.getDueDate(), r.getReceivedAmount(),
                        r.getReceivedDate(), r.getVersion()));
    }

    public boolean recordReceipt(long paymentId, int expectedVersion, BigDecimal received, LocalDate date, Long actor,
                                 Instant now) {
        return dsl.update(PAYMENT)
                .set(PAYMENT.RECEIVED_AMOUNT, received).set(PAYMENT.RECEIVED_DATE, date)
                .set(PAYMENT.VERSION, expectedVersion + 1)
                .set(PAYMENT.UPDATED_AT, now).set(PAYMENT.UPDATED_BY, actor)
                .where(PAYMENT.ID.eq(paymentId).and(PAYMENT.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }
}
