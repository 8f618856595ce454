package app.gendan.domain;

/** Open stages form the board columns; WON and LOST are the closed outcomes of a pipeline. */
public enum StageKind {
    OPEN, WON, LOST;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static StageKind fromCode(String code) { return valueOf(code.toUpperCase(java.util.Locale.ROOT)); }
}
