package app.gendan.service;

import java.time.Instant;

/**
 * One run of the app for one user, as reminders see it: when it started, and since when Gendan
 * had not been running for the user before that ({@code closedFrom}, the last moment an earlier
 * run was seen; null on a first start). Only a reminder whose moment lies in between fell due
 * "while Gendan was closed"; one that was already due when its step was written, or that predates
 * the earlier run, is told as fresh.
 */
public final class ReminderSession {
    private final Instant startedAt;
    private final Instant closedFrom;
    /** When this run last recorded that it is running (written at most once a minute). */
    Instant markedAt;

    /** The run's note that it is running was written (when {@code written}) at {@code at}. */
    void noted(boolean written, Instant at) {
        if (written) {
            markedAt = at;
        }
    }

    ReminderSession(Instant startedAt, Instant closedFrom) {
        this.startedAt = startedAt;
        this.closedFrom = closedFrom;
    }

    public Instant startedAt() { return startedAt; }

    public Instant closedFrom() { return closedFrom; }

    /** Whether a reminder due at {@code remindAt} fell due between the earlier run and this one. */
    boolean fellDueWhileClosed(Instant remindAt) {
        return closedFrom != null && !remindAt.isBefore(closedFrom) && remindAt.isBefore(startedAt);
    }
}
