package app.gendan.ui.followup;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Times of day as people type them: 10:00, 9:30, 14, 1430, 2:30 PM. Shown as 24-hour HH:mm,
 * which reads the same in Chinese and English.
 */
final class TimeText {
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("HH:mm");
    private static final List<DateTimeFormatter> READ = List.of(
            DateTimeFormatter.ofPattern("H:mm"),
            DateTimeFormatter.ofPattern("H.mm"),
            DateTimeFormatter.ofPattern("HHmm"),
            DateTimeFormatter.ofPattern("H"),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("h:mm[ ]a").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("h[ ]a").toFormatter(Locale.ENGLISH));

    private TimeText() {}

    static String format(LocalTime t) {
        return t == null ? "" : SHOW.format(t);
    }

    /** Blank is null (no time); anything unreadable throws DateTimeParseException. */
    static LocalTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim().replace('：', ':');
        for (DateTimeFormatter f : READ) {
            try {
                return LocalTime.parse(s, f);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        throw new DateTimeParseException("Not a time of day", text, 0);
    }
}
