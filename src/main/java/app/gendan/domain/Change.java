package app.gendan.domain;

/**
 * One committed write, as the change feed tells it to the other apps of a team: what kind of record
 * changed (order, followup, customer, ...), which one (null when many or none in particular), who
 * changed it, and whether this very app wrote it.
 */
public record Change(long id, String entity, Long entityId, Long userId, boolean own) {}
