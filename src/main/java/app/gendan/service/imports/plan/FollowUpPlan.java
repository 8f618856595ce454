package app.gendan.service.imports.plan;

import app.gendan.domain.FollowUpMethod;
import java.time.Instant;
import java.time.LocalDateTime;

/** A follow-up a row records, with its next step; only the newest of an order keeps its step open. */
public final class FollowUpPlan {
    final int seq;
    public CustomerPlan customer;
    public OrderPlan order;
    /** When it happened; {@code dated} false means the file gave no date and the import time is used. */
    public LocalDateTime happened;
    public boolean dated;
    public FollowUpMethod method;
    public String summary;
    public String feedback;
    public String resultStatus;
    public String nextAction;
    public LocalDateTime nextDue;
    /** The file gave no due date; the step is due when the follow-up happened (or today). */
    boolean dueDefaulted;
    public UserRef nextOwner;
    public Instant nextDoneAt;
    /** From a follow-up log, where each row is a contact of its own, even one worded as another. */
    boolean ownRow;
    /** Set when written, for its extra fields. */
    public long id;
    /** Values of the row's columns that no field took, kept with this record. */
    public final ExtraValues extras = new ExtraValues();

    FollowUpPlan(int seq) {
        this.seq = seq;
    }

    public boolean hasNextStep() {
        return nextAction != null;
    }

    /**
     * Identifies a follow-up among those of one customer and order: when it happened (left out
     * when the file gave no date), what was said and the next step.
     */
    static String key(long customerId, Long orderId, Instant happened, String summary, String nextAction,
                      Instant nextDue) {
        return customerId + "|" + orderId + "|" + instant(happened) + "|" + PlanKeys.text(summary) + "|"
                + PlanKeys.text(nextAction) + "|" + instant(nextDue);
    }

    // Keys are only compared with each other: seconds and nanoseconds name an instant as well as
    // its ISO text does, without a date formatter for every follow-up.
    private static String instant(Instant t) {
        return t == null ? "" : t.getEpochSecond() + "." + t.getNano();
    }
}
