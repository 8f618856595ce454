package app.gendan.service;

import app.gendan.domain.AlertKind;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A user's reminder settings: how long before a timed step to remind, quiet hours (both null =
 * none; may span midnight) and which alert kinds raise a notification.
 */
public record ReminderPreferences(Duration leadTime, LocalTime quietStart, LocalTime quietEnd, Set<AlertKind> alertKinds) {
    public static final ReminderPreferences DEFAULT = new ReminderPreferences(Duration.ofMinutes(15), null, null,
            EnumSet.complementOf(EnumSet.of(AlertKind.NO_NEXT_STEP)));

    public ReminderPreferences {
        alertKinds = alertKinds.isEmpty() ? EnumSet.noneOf(AlertKind.class) : EnumSet.copyOf(alertKinds);
    }

    public boolean isQuiet(LocalTime t) {
        if (quietStart == null || quietEnd == null || quietStart.equals(quietEnd)) {
            return false;
        }
        return quietStart.isBefore(quietEnd)
                ? !t.isBefore(quietStart) && t.isBefore(quietEnd)
                : !t.isBefore(quietStart) || t.isBefore(quietEnd);
    }
}
