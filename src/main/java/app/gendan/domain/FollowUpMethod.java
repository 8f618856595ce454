package app.gendan.domain;

/** How a follow-up happened. */
public enum FollowUpMethod {
    PHONE, EMAIL, VISIT, WECHAT, OTHER;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static FollowUpMethod fromCode(String code) { return valueOf(code.toUpperCase(java.util.Locale.ROOT)); }
}
