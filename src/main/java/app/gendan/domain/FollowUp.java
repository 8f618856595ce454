package app.gendan.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A logged follow-up (跟进记录) and its next step (null when none was set). */
public record FollowUp(
        long id,
        long customerId,
        Long orderId,
        Instant happenedAt,
        FollowUpMethod method,
        String summary,
        String feedback,
        String resultStatus,
        NextStep nextStep,
        int version,
        Long createdBy,
        String createdByName) {

    /** The follow-up as its form edits it, with the due moment as a date and (when it has one) a time in {@code zone}. */
    public FollowUpDraft toDraft(ZoneId zone) {
        NextStep s = nextStep;
        ZonedDateTime due = s == null ? null : s.dueAt().atZone(zone);
        return new FollowUpDraft(customerId, orderId, happenedAt, method, summary, feedback, resultStatus,
                s == null ? null : s.action(), due == null ? null : due.toLocalDate(),
                s != null && s.hasTime() ? due.toLocalTime() : null, s == null ? null : s.ownerId());
    }
}
