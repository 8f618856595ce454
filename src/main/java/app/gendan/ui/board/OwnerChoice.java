package app.gendan.ui.board;

/** An entry of the owner filter: everyone, only me, or one colleague. */
public record OwnerChoice(Kind kind, Long userId, String label) {
    public enum Kind { ALL, MINE, USER }

    @Override
    public String toString() { return label; }
}
