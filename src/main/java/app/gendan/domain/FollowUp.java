package app.gendan.domain;

import java.time.Instant;

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
        String createdByName) {}
