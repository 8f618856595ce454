package app.gendan.domain;

import java.time.Instant;

/**
 * What happens next after a follow-up, by whom and by when. A step without a time of day is
 * stored at the start of its day (hasTime false) and is due all that day. It stays a due item
 * until doneAt is set; snoozedUntil pushes its reminder (and its place in Today) later.
 */
public record NextStep(String action, Instant dueAt, boolean hasTime, long ownerId, Instant doneAt, Instant snoozedUntil) {

    public boolean isOpen() { return doneAt == null; }

    /** When the step wants attention: its due moment, or the end of its snooze if later. */
    public Instant effectiveDue() {
        return snoozedUntil != null && snoozedUntil.isAfter(dueAt) ? snoozedUntil : dueAt;
    }
}
