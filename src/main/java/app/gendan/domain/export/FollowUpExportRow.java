package app.gendan.domain.export;

import app.gendan.domain.FollowUpMethod;
import java.time.Instant;

/** One follow-up as it goes into an export, with its next step and whether that step is done. */
public record FollowUpExportRow(
        Instant happenedAt,
        String customerName,
        String orderNo,
        FollowUpMethod method,
        String summary,
        String feedback,
        String resultStatus,
        String loggedBy,
        String nextAction,
        Instant nextDueAt,
        boolean nextDueHasTime,
        String nextOwnerName,
        Instant nextDoneAt,
        long id) {

    public boolean hasNextStep() {
        return nextAction != null && nextDueAt != null;
    }
}
