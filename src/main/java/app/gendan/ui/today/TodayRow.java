package app.gendan.ui.today;

import app.gendan.domain.DueGroup;
import app.gendan.domain.DueItem;

/** A line of the Today table: a group heading (with its count) or one due step under it. */
public record TodayRow(DueGroup group, int count, DueItem item) {
    static TodayRow header(DueGroup group, int count) { return new TodayRow(group, count, null); }

    static TodayRow of(DueItem item) { return new TodayRow(item.group(), 0, item); }

    public boolean isHeader() { return item == null; }
}
