package app.gendan.domain;

/** How urgent an order is; the board colours cards by it. */
public enum Priority {
    HIGH, NORMAL, LOW;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static Priority fromCode(String code) { return valueOf(code.toUpperCase(java.util.Locale.ROOT)); }
}
