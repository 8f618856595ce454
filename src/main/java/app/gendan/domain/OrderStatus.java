package app.gendan.domain;

/** Whether an order is still being chased or has closed. */
public enum OrderStatus {
    OPEN, WON, LOST, CANCELLED;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static OrderStatus fromCode(String code) { return valueOf(code.toUpperCase(java.util.Locale.ROOT)); }
}
