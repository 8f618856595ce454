package app.gendan.service;

import app.gendan.domain.DueItem;
import java.util.List;

/** The Today view's three groups, soonest first in each. */
public record DueList(List<DueItem> overdue, List<DueItem> today, List<DueItem> upcoming) {
    public DueList {
        overdue = List.copyOf(overdue);
        today = List.copyOf(today);
        upcoming = List.copyOf(upcoming);
    }

    public int size() { return overdue.size() + today.size() + upcoming.size(); }
}
