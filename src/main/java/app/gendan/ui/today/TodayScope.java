package app.gendan.ui.today;

/** Whose steps the Today view lists: mine, everyone's (managers), or one colleague's. */
public record TodayScope(Kind kind, Long userId, String label) {
    public enum Kind { ME, EVERYONE, USER }

    @Override
    public String toString() { return label; }
}
