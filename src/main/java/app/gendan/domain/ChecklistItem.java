package app.gendan.domain;

import java.time.Instant;

/** One SOP step of an order in one stage, ticked when done. */
public record ChecklistItem(long id, long orderId, long stageId, int position, String text, boolean done, Instant doneAt) {}
