package app.gendan.domain.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which backups rotation keeps: the newest backup of each of the {@value #DAILY} most recent
 * days that have one, and before those days the newest of each of the {@value #WEEKLY} most
 * recent ISO weeks that have one (a week partly covered by the daily ones counts as covered).
 * A month of daily backups thus keeps eleven, spanning five weeks.
 */
public final class Retention {
    public static final int DAILY = 7;
    public static final int WEEKLY = 4;

    private Retention() {}

    /** The keys of {@code takenAt} to keep; days and weeks are those of {@code zone}. */
    public static <K> Set<K> keep(Map<K, Instant> takenAt, ZoneId zone) {
        List<Map.Entry<K, Instant>> newestFirst = takenAt.entrySet().stream()
                .sorted(Map.Entry.<K, Instant>comparingByValue(Comparator.reverseOrder())).toList();
        Set<K> keep = new LinkedHashSet<>();
        Set<LocalDate> days = new HashSet<>();
        Set<Long> coveredWeeks = new HashSet<>();
        LocalDate oldestDay = null;
        for (Map.Entry<K, Instant> e : newestFirst) {
            LocalDate day = e.getValue().atZone(zone).toLocalDate();
            if (days.size() < DAILY && days.add(day)) {
                keep.add(e.getKey());
                coveredWeeks.add(week(day));
                oldestDay = day;
            }
        }
        Set<Long> weeks = new HashSet<>();
        for (Map.Entry<K, Instant> e : newestFirst) {
            LocalDate day = e.getValue().atZone(zone).toLocalDate();
            long week = week(day);
            if (oldestDay != null && day.isBefore(oldestDay) && !coveredWeeks.contains(week)
                    && weeks.size() < WEEKLY && weeks.add(week)) {
                keep.add(e.getKey());
            }
        }
        return keep;
    }

    /** The ISO week of a day as one number: week-based year × 100 + week. */
    static long week(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
