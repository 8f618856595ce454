package app.gendan.service.imports;

import java.util.Locale;

/** The Gendan fields a tracker column can be mapped to. */
public enum ImportField {
    // customer
    CUSTOMER_NAME(ValueKind.TEXT),
    CUSTOMER_SHORT_NAME(ValueKind.TEXT),
    INDUSTRY(ValueKind.TEXT),
    SOURCE(ValueKind.TEXT),
    GRADE(ValueKind.GRADE),
    ADDRESS(ValueKind.TEXT),
    // contact
    CONTACT_NAME(ValueKind.TEXT),
    CONTACT_TITLE(ValueKind.TEXT),
    CONTACT_PHONE(ValueKind.PHONE),
    CONTACT_MOBILE(ValueKind.PHONE),
    EMAIL(ValueKind.EMAIL),
    WECHAT(ValueKind.TEXT),
    // order
    ORDER_NUMBER(ValueKind.TEXT),
    ORDER_TITLE(ValueKind.TEXT),
    PRODUCT(ValueKind.TEXT),
    QUANTITY(ValueKind.QUANTITY),
    UNIT_PRICE(ValueKind.MONEY),
    AMOUNT(ValueKind.MONEY),
    CURRENCY(ValueKind.CURRENCY),
    STAGE(ValueKind.STAGE),
    STATUS(ValueKind.STAGE),
    OWNER(ValueKind.TEXT),
    PRIORITY(ValueKind.PRIORITY),
    LOST_REASON(ValueKind.TEXT),
    CREATED_DATE(ValueKind.DATE),
    ORDER_DATE(ValueKind.DATE),
    EXPECTED_CLOSE(ValueKind.DATE),
    QUOTE_EXPIRES(ValueKind.DATE),
    CONTRACT_EXPIRES(ValueKind.DATE),
    PROMISED_DELIVERY(ValueKind.DATE),
    SHIP_BY(ValueKind.DATE),
    // shipment and payment
    SHIPPED_DATE(ValueKind.DATE),
    CARRIER(ValueKind.TEXT),
    TRACKING_NUMBER(ValueKind.TEXT),
    PAYMENT_DUE(ValueKind.DATE),
    RECEIVED_AMOUNT(ValueKind.MONEY),
    RECEIVED_DATE(ValueKind.DATE),
    // follow-up
    FOLLOW_UP_DATE(ValueKind.DATE),
    FOLLOW_UP_METHOD(ValueKind.FOLLOW_UP_METHOD),
    FOLLOW_UP_SUMMARY(ValueKind.TEXT),
    CUSTOMER_FEEDBACK(ValueKind.TEXT),
    NEXT_STEP(ValueKind.TEXT),
    NEXT_STEP_DUE(ValueKind.DATE),
    NOTES(ValueKind.TEXT);

    private final ValueKind kind;

    ImportField(ValueKind kind) {
        this.kind = kind;
    }

    public ValueKind kind() {
        return kind;
    }

    /** Fields several columns may feed; their texts are joined (e.g. 备注 and 备注2). */
    public boolean allowsManyColumns() {
        return this == NOTES || this == FOLLOW_UP_SUMMARY || this == ADDRESS;
    }

    /** A row needs at least one of these to say which customer or order it is about. */
    public boolean identifies() {
        return this == CUSTOMER_NAME || this == CUSTOMER_SHORT_NAME || this == ORDER_NUMBER || this == ORDER_TITLE;
    }

    /** Resource key of the field's display name, e.g. {@code imports.field.customerName}. */
    public String messageKey() {
        StringBuilder sb = new StringBuilder("imports.field.");
        boolean upper = false;
        for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }
}
