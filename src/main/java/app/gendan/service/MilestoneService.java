package app.gendan.service;

import app.gendan.store.Writes;
import app.gendan.domain.FieldError;
import app.gendan.domain.Payment;
import app.gendan.domain.Shipment;
import app.gendan.domain.StaleEditException;
import app.gendan.domain.ValidationException;
import app.gendan.store.Database;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Shipments and payments of an order; recording them clears late-shipment and late-payment alerts. */
public final class MilestoneService {
    private final Database db;
    private final Writes writes;

    MilestoneService(Database db, Writes writes) {
        this.db = db;
        this.writes = writes;
    }

    public Shipment addShipment(long orderId, String carrier, String trackingNo, Instant shippedAt) {
        if (shippedAt == null) {
            throw new ValidationException(List.of(FieldError.of("shippedAt", "validation.required")));
        }
        return writes.run("order", tx -> {
            long id = tx.store().milestones().insertShipment(orderId, carrier, trackingNo, shippedAt, tx.actor(), tx.now());
            tx.audit("order", orderId, "update", "shipment", null, (carrier == null ? "" : carrier + " ")
                    + (trackingNo == null ? "" : trackingNo));
            return tx.store().milestones().shipments(orderId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        });
    }

    public Payment addPayment(long orderId, BigDecimal dueAmount, LocalDate dueDate) {
        if (dueAmount == null || dueAmount.signum() < 0) {
            throw new ValidationException(List.of(FieldError.of("dueAmount", "validation.nonNegative")));
        }
        return writes.run("order", tx -> {
            long id = tx.store().milestones().insertPayment(orderId, dueAmount, dueDate, tx.actor(), tx.now());
            tx.audit("order", orderId, "update", "payment", null, dueAmount.toPlainString() + " @ " + dueDate);
            return tx.store().milestones().payment(id).orElseThrow();
        });
    }

    public Payment recordReceipt(long paymentId, int version, BigDecimal received, LocalDate date) {
        if (received == null || received.signum() < 0) {
            throw new ValidationException(List.of(FieldError.of("receivedAmount", "validation.nonNegative")));
        }
        return writes.run("order", tx -> {
            Payment before = tx.store().milestones().payment(paymentId)
                    .orElseThrow(() -> new StaleEditException("payment", paymentId));
            if (!tx.store().milestones().recordReceipt(paymentId, version, received, date, tx.actor(), tx.now())) {
                throw new StaleEditException("payment", paymentId);
            }
            tx.audit("order", before.orderId(), "update", "received", before.receivedAmount(), received);
            return tx.store().milestones().payment(paymentId).orElseThrow();
        });
    }

    public List<Shipment> shipments(long orderId) {
        return db.read(s -> s.milestones().shipments(orderId));
    }

    public List<Payment> payments(long orderId) {
        return db.read(s -> s.milestones().payments(orderId));
    }
}
