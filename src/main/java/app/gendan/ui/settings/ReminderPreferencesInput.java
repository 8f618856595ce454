package app.gendan.ui.settings;

import app.gendan.domain.AlertKind;
import app.gendan.domain.FieldError;
import app.gendan.service.ReminderPreferences;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the reminder preferences as typed: whole minutes of lead time (0 to 7 days), quiet
 * hours as HH:mm (both or neither). Problems come back as field errors for the form.
 */
record ReminderPreferencesInput(String leadMinutes, String quietStart, String quietEnd, Set<AlertKind> kinds) {
    static final long MAX_LEAD_MINUTES = Duration.ofDays(7).toMinutes();

    /** The preferences, or the field errors that keep them from being saved. */
    record Parsed(ReminderPreferences preferences, List<FieldError> errors) {
        boolean ok() { return errors.isEmpty(); }
    }

    static ReminderPreferencesInput of(ReminderPreferences p) {
        return new ReminderPreferencesInput(Long.toString(p.leadTime().toMinutes()), text(p.quietStart()),
                text(p.quietEnd()), p.alertKinds());
    }

    private static String text(LocalTime t) {
        return t == null ? "" : t.toString();
    }

    Parsed parse() {
        List<FieldError> errors = new ArrayList<>();
        Long minutes = null;
        try {
            minutes = Long.parseLong(leadMinutes == null ? "" : leadMinutes.trim());
            if (minutes < 0 || minutes > MAX_LEAD_MINUTES) {
                errors.add(FieldError.of("leadTime", "validation.leadTime"));
            }
        } catch (NumberFormatException e) {
            errors.add(FieldError.of("leadTime", "settings.reminders.badMinutes", MAX_LEAD_MINUTES));
        }
        LocalTime start = time("quietStart", quietStart, errors);
        LocalTime end = time("quietEnd", quietEnd, errors);
        boolean startGiven = quietStart != null && !quietStart.isBlank();
        boolean endGiven = quietEnd != null && !quietEnd.isBlank();
        if (startGiven != endGiven) {
            errors.add(FieldError.of(startGiven ? "quietEnd" : "quietStart", "settings.reminders.quietBoth"));
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        return new Parsed(new ReminderPreferences(Duration.ofMinutes(minutes), start, end, kinds), List.of());
    }

    private static LocalTime time(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.trim().length() == 4 ? "0" + text.trim() : text.trim());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "settings.reminders.badTime"));
            return null;
        }
    }
}
