package app.gendan.domain;

import java.time.Instant;
import java.time.ZoneId;

/** How a board card's next step stands: none at all, open, or overdue (by the due rules). */
public enum NextStepState {
    NONE, OPEN, OVERDUE;

    public static NextStepState of(NextStep step, Instant now, ZoneId zone) {
        if (step == null || !step.isOpen()) {
            return NONE;
        }
        return DueRules.group(step, now, zone, 0) == DueGroup.OVERDUE ? OVERDUE : OPEN;
    }

    /** Of two open steps of one order, the one that wants attention first (null-safe). */
    public static NextStep first(NextStep a, NextStep b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.effectiveDue().isBefore(a.effectiveDue()) ? b : a;
    }
}
