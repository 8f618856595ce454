package app.gendan.ui.board;

import app.gendan.domain.Priority;

/** An entry of the priority filter; a null priority means all. */
public record PriorityChoice(Priority priority, String label) {
    @Override
    public String toString() { return label; }
}
