package app.gendan.service;

import app.gendan.domain.DueItem;
import app.gendan.domain.OrderAlert;
import java.time.Instant;

/** Something to tell the user about: a due next step or an order alert (exactly one is set). */
public record Reminder(String itemKind, String itemKey, Instant remindAt, DueItem step, OrderAlert alert) {
    public static final String STEP = "step";
    public static final String ALERT = "alert";

    public boolean isStep() { return step != null; }
}
