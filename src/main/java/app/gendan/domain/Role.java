package app.gendan.domain;

/** What a user may see and do: managers see everyone's work. */
public enum Role {
    REP, MANAGER, ADMIN;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static Role fromCode(String code) { return valueOf(code.toUpperCase(java.util.Locale.ROOT)); }

    public boolean seesEveryone() { return this != REP; }
}
