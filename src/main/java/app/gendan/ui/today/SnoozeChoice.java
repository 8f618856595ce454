package app.gendan.ui.today;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The quick snooze choices: an hour from now, or tomorrow morning; a chosen day also means its morning. */
public enum SnoozeChoice {
    ONE_HOUR, TOMORROW_MORNING;

    public static final LocalTime MORNING = LocalTime.of(9, 0);

    public Instant until(Instant now, ZoneId zone) {
        return switch (this) {
            case ONE_HOUR -> now.plus(Duration.ofHours(1));
            case TOMORROW_MORNING -> morningOf(now.atZone(zone).toLocalDate().plusDays(1), zone);
        };
    }

    public static Instant morningOf(LocalDate day, ZoneId zone) {
        return day.atTime(MORNING).atZone(zone).toInstant();
    }
}
