package app.gendan.domain;

import java.time.Instant;

/** One recorded change (操作留痕): who, when, which field, old → new. userName is resolved for display. */
public record AuditEntry(
        long id,
        Instant at,
        Long userId,
        String userName,
        String entity,
        long entityId,
        String action,
        String field,
        String oldValue,
        String newValue) {}
