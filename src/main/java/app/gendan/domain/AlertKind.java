package app.gendan.domain;

/** Why an order needs attention (异常预警). */
public enum AlertKind {
    STUCK, LATE_SHIPMENT, LATE_PAYMENT, QUOTE_EXPIRING, CONTRACT_EXPIRING, NO_NEXT_STEP;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static AlertKind fromCode(String code) { return valueOf(code.toUpperCase(java.util.Locale.ROOT)); }
}
