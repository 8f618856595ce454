package app.gendan.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Days an order has sat in its stage, counted in calendar days of the user's zone. */
public final class StageTime {
    private StageTime() {}

    public static long daysInStage(Instant enteredAt, Instant now, ZoneId zone) {
        return ChronoUnit.DAYS.between(enteredAt.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate());
    }

    /** Stuck: longer in the stage than its idle-days limit (no limit, never stuck). */
    public static boolean isStuck(long daysInStage, Integer idleDays) {
        return idleDays != null && daysInStage > idleDays;
    }
}
