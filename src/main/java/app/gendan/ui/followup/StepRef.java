package app.gendan.ui.followup;

import app.gendan.domain.DueItem;
import app.gendan.domain.FollowUp;
import app.gendan.domain.NextStep;

/** The next step of one follow-up, as loaded: enough to complete, snooze or reassign it (version-checked). */
public record StepRef(long followUpId, int version, long customerId, Long orderId, NextStep step) {

    public static StepRef of(DueItem item) {
        return new StepRef(item.followUpId(), item.version(), item.customerId(), item.orderId(), item.step());
    }

    /** The follow-up must carry a next step. */
    public static StepRef of(FollowUp f) {
        if (f.nextStep() == null) {
            throw new IllegalArgumentException("Follow-up " + f.id() + " has no next step");
        }
        return new StepRef(f.id(), f.version(), f.customerId(), f.orderId(), f.nextStep());
    }
}
