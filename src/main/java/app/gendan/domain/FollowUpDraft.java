package app.gendan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What the follow-up form gives: what happened, and optionally the next step with a due date,
 * an optional time of day and an owner.
 */
public record FollowUpDraft(
        long customerId,
        Long orderId,
        Instant happenedAt,
        FollowUpMethod method,
        String summary,
        String feedback,
        String resultStatus,
        String nextAction,
        LocalDate nextDueDate,
        LocalTime nextDueTime,
        Long nextOwnerId) {

    public boolean hasNextStep() {
        return nextAction != null && !nextAction.isBlank();
    }

    /** The due moment in the user's zone: the time given, or the start of the day. */
    public Instant nextDueAt(ZoneId zone) {
        if (nextDueDate == null) {
            return null;
        }
        return (nextDueTime == null ? nextDueDate.atStartOfDay(zone) : nextDueDate.atTime(nextDueTime).atZone(zone)).toInstant();
    }

    public FollowUpDraft withNextStep(String action, LocalDate date, LocalTime time, Long ownerId) {
        return new FollowUpDraft(customerId, orderId, happenedAt, method, summary, feedback, resultStatus, action, date,
                time, ownerId);
    }
}
