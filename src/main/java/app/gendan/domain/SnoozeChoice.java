package app.gendan.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** How far a due step is pushed: an hour, or to tomorrow morning in the user's zone. */
public enum SnoozeChoice {
    ONE_HOUR, TOMORROW_MORNING;

    public static final LocalTime MORNING = LocalTime.of(9, 0);

    public Instant until(Instant now, ZoneId zone) {
        return switch (this) {
            case ONE_HOUR -> now.plus(Duration.ofHours(1));
            case TOMORROW_MORNING -> morningOf(now.atZone(zone).toLocalDate().plusDays(1), zone);
        };
    }

    /** 09:00 of a day in the user's zone (the next valid time when a clock change skips it). */
    public static Instant morningOf(LocalDate day, ZoneId zone) {
        return day.atTime(MORNING).atZone(zone).toInstant();
    }
}
