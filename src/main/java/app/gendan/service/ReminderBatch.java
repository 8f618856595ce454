package app.gendan.service;

import java.util.List;

/**
 * Reminders claimed in one pass: {@code missed} fell due while the app was closed (shown as one
 * summary at start-up), {@code fresh} fell due while it ran (shown as popups).
 */
public record ReminderBatch(List<Reminder> missed, List<Reminder> fresh) {
    public ReminderBatch {
        missed = List.copyOf(missed);
        fresh = List.copyOf(fresh);
    }

    public boolean isEmpty() { return missed.isEmpty() && fresh.isEmpty(); }
}
