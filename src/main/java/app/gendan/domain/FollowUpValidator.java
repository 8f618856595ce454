package app.gendan.domain;

import java.util.ArrayList;
import java.util.List;

/** Field-level checks of the follow-up form. */
public final class FollowUpValidator {
    private FollowUpValidator() {}

    public static List<FieldError> validate(FollowUpDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.customerId() <= 0) {
            errors.add(FieldError.of("customer", "validation.required"));
        }
        if (d.happenedAt() == null) {
            errors.add(FieldError.of("happenedAt", "validation.required"));
        }
        if (d.method() == null) {
            errors.add(FieldError.of("method", "validation.required"));
        }
        if (d.summary() == null || d.summary().isBlank()) {
            errors.add(FieldError.of("summary", "validation.required"));
        } else if (d.summary().length() > 4000) {
            errors.add(FieldError.of("summary", "validation.tooLong", 4000));
        }
        if (d.feedback() != null && d.feedback().length() > 4000) {
            errors.add(FieldError.of("feedback", "validation.tooLong", 4000));
        }
        if (d.hasNextStep()) {
            if (d.nextDueDate() == null) {
                errors.add(FieldError.of("nextDue", "validation.required"));
            }
            if (d.nextOwnerId() == null || d.nextOwnerId() <= 0) {
                errors.add(FieldError.of("nextOwner", "validation.required"));
            }
            if (d.nextAction().length() > 1000) {
                errors.add(FieldError.of("nextAction", "validation.tooLong", 1000));
            }
        } else if (d.nextDueDate() != null) {
            errors.add(FieldError.of("nextAction", "validation.nextActionMissing"));
        }
        return errors;
    }
}
