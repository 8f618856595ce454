package app.gendan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Field-level checks of the order form; an empty list means the draft may be saved. */
public final class OrderValidator {
    private OrderValidator() {}

    public static List<FieldError> validate(OrderDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            errors.add(FieldError.of("title", "validation.required"));
        } else if (d.title().length() > 500) {
            errors.add(FieldError.of("title", "validation.tooLong", 500));
        }
        if (d.customerId() <= 0) {
            errors.add(FieldError.of("customer", "validation.required"));
        }
        if (d.ownerId() <= 0) {
            errors.add(FieldError.of("owner", "validation.required"));
        }
        if (d.orderDate() == null) {
            errors.add(FieldError.of("orderDate", "validation.required"));
        }
        if (d.amount() == null) {
            errors.add(FieldError.of("amount", "validation.required"));
        } else if (d.amount().signum() < 0) {
            errors.add(FieldError.of("amount", "validation.nonNegative"));
        } else if (d.amount().compareTo(new BigDecimal("9999999999999999")) > 0) {
            errors.add(FieldError.of("amount", "validation.tooLarge"));
        }
        if (d.currency() == null || !d.currency().matches("[A-Z]{3}")) {
            errors.add(FieldError.of("currency", "validation.currency"));
        }
        if (d.priority() == null) {
            errors.add(FieldError.of("priority", "validation.required"));
        }
        if (d.status() == null) {
            errors.add(FieldError.of("status", "validation.required"));
        } else if (d.status() == OrderStatus.LOST && (d.lostReason() == null || d.lostReason().isBlank())) {
            errors.add(FieldError.of("lostReason", "validation.lostReason"));
        }
        if (d.orderDate() != null) {
            if (d.shipBy() != null && d.shipBy().isBefore(d.orderDate())) {
                errors.add(FieldError.of("shipBy", "validation.notBeforeOrderDate"));
            }
            if (d.promisedDelivery() != null && d.promisedDelivery().isBefore(d.orderDate())) {
                errors.add(FieldError.of("promisedDelivery", "validation.notBeforeOrderDate"));
            }
            if (d.paymentDue() != null && d.paymentDue().isBefore(d.orderDate())) {
                errors.add(FieldError.of("paymentDue", "validation.notBeforeOrderDate"));
            }
        }
        for (int i = 0; i < d.lines().size(); i++) {
            OrderLine line = d.lines().get(i);
            String field = "lines[" + i + "]";
            if (line.product() == null || line.product().isBlank()) {
                errors.add(FieldError.of(field + ".product", "validation.required"));
            }
            if (line.quantity() == null || line.quantity().signum() < 0) {
                errors.add(FieldError.of(field + ".quantity", "validation.nonNegative"));
            }
            if (line.unitPrice() == null || line.unitPrice().signum() < 0) {
                errors.add(FieldError.of(field + ".unitPrice", "validation.nonNegative"));
            }
        }
        return errors;
    }
}
