package app.gendan.service;

import app.gendan.store.Writes;
import app.gendan.domain.AlertKind;
import app.gendan.domain.DueItem;
import app.gendan.domain.DueRules;
import app.gendan.domain.OrderAlert;
import app.gendan.domain.User;
import app.gendan.store.Database;
import app.gendan.store.FollowUpRepository.OpenStep;
import app.gendan.store.NotificationRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which reminders fire for a user, exactly once: each is claimed in the notification log
 * before it is shown, so a restart (or a second window) never repeats it and nothing due is lost.
 */
public final class ReminderService {
    private static final String LEAD = "reminder.leadMinutes";
    private static final String QUIET_START = "reminder.quietStart";
    private static final String QUIET_END = "reminder.quietEnd";
    private static final String KINDS = "reminder.alertKinds";
    /** The last moment Gendan was seen running for the user: where "while closed" begins. */
    private static final String LAST_RUNNING = "reminder.lastRunning";
    /** When data was loaded into the database in one go (the demo): nothing before it was missed. */
    private static final String DATA_LOADED = "reminder.dataLoadedAt";
    private static final Duration MARK_EVERY = Duration.ofMinutes(1);
    /** How far ahead to look for the next moment to wake up. */
    private static final Duration HORIZON = Duration.ofDays(2);

    private final Database db;
    private final Writes writes;
    private final Clock clock;
    private final AlertService alerts;

    ReminderService(Database db, Writes writes, Clock clock, AlertService alerts) {
        this.db = db;
        this.writes = writes;
        this.clock = clock;
        this.alerts = alerts;
    }

    public ReminderPreferences preferences(long userId) {
        return db.read(s -> {
            var st = s.settings();
            Duration lead = st.userPref(userId, LEAD).map(m -> Duration.ofMinutes(Long.parseLong(m)))
                    .orElse(ReminderPreferences.DEFAULT.leadTime());
            LocalTime qs = st.userPref(userId, QUIET_START).map(LocalTime::parse).orElse(null);
            LocalTime qe = st.userPref(userId, QUIET_END).map(LocalTime::parse).orElse(null);
            Set<AlertKind> kinds = st.userPref(userId, KINDS)
                    .map(v -> v.isBlank() ? EnumSet.noneOf(AlertKind.class) : Arrays.stream(v.split(","))
                            .map(AlertKind::fromCode).collect(Collectors.toCollection(() -> EnumSet.noneOf(AlertKind.class))))
                    .orElse(EnumSet.copyOf(ReminderPreferences.DEFAULT.alertKinds()));
            return new ReminderPreferences(lead, qs, qe, kinds);
        });
    }

    public void savePreferences(long userId, ReminderPreferences p) {
        if (p.leadTime().isNegative() || p.leadTime().toDays() > 7) {
            throw new app.gendan.domain.ValidationException(
                    List.of(app.gendan.domain.FieldError.of("leadTime", "validation.leadTime")));
        }
        ReminderPreferences before = preferences(userId);
        writes.run("user", tx -> {
            var st = tx.store().settings();
            st.putUserPref(userId, LEAD, Long.toString(p.leadTime().toMinutes()));
            st.putUserPref(userId, QUIET_START, p.quietStart() == null ? "" : p.quietStart().toString());
            st.putUserPref(userId, QUIET_END, p.quietEnd() == null ? "" : p.quietEnd().toString());
            st.putUserPref(userId, KINDS, p.alertKinds().stream().map(AlertKind::code).collect(Collectors.joining(",")));
            tx.audit("user", userId, "update", "reminderPreferences", before, p);
            return userId;
        });
    }

    /** A run of the app starts for the user: "while closed" is the time since an earlier run was last seen. */
    public ReminderSession startSession(User user) {
        Instant closedFrom = db.read(s -> s.settings().userPref(user.id(), LAST_RUNNING)).map(Instant::parse).orElse(null);
        return new ReminderSession(clock.instant(), closedFrom);
    }

    /** Data was loaded in one go by the user (the demo): what is due in it is news, not something missed. */
    public void dataLoaded(User user) {
        Instant now = clock.instant();
        writes.unaudited("noting loaded data", s -> s.settings().putUserPref(user.id(), DATA_LOADED, now.toString()));
    }

    /**
     * Claims every reminder of {@code user} that is due now and not yet shown; a reminder counts
     * as missed only when it fell due while Gendan was closed (see {@link ReminderSession}) for a
     * step written before this run, and not in data loaded during it. Notes, at most once a minute,
     * that the app is running. Nothing is claimed during quiet hours: those reminders fire when the
     * quiet hours end.
     */
    public ReminderBatch collect(User user, ReminderSession session) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        ReminderPreferences prefs = preferences(user.id());
        Instant loaded = db.read(s -> s.settings().userPref(user.id(), DATA_LOADED)).map(Instant::parse).orElse(null);
        boolean freshData = loaded != null && !loaded.isBefore(session.startedAt());
        boolean mark = session.markedAt == null || !now.isBefore(session.markedAt.plus(MARK_EVERY));
        java.util.function.Consumer<app.gendan.store.StoreTx> noteRun = mark
                ? st -> st.settings().putUserPref(user.id(), LAST_RUNNING, now.toString()) : st -> {};
        if (prefs.isQuiet(now.atZone(zone).toLocalTime())) {
            writes.unaudited("noting a run", noteRun);
            session.noted(mark, now);
            return new ReminderBatch(List.of(), List.of());
        }
        List<Reminder> candidates = new ArrayList<>();
        for (OpenStep o : openSteps(user.id(), now.plus(prefs.leadTime()).plus(Duration.ofDays(1)))) {
            Instant at = DueRules.remindAt(o.step(), prefs.leadTime());
            if (!at.isAfter(now)) {
                DueItem item = new DueItem(o.followUpId(), o.version(), o.customerId(), o.customerName(), o.orderId(),
                        o.orderNo(), o.orderTitle(), o.step(), o.ownerName(),
                        DueRules.group(o.step(), now, zone, 7), DueRules.daysOverdue(o.step(), now, zone));
                String key = o.followUpId() + ":" + o.step().effectiveDue().getEpochSecond();
                candidates.add(new Reminder(Reminder.STEP, key, at, item, null));
            }
        }
        for (OrderAlert a : alerts.scan(user.id())) {
            if (prefs.alertKinds().contains(a.kind())) {
                Instant at = a.since().atStartOfDay(zone).toInstant();
                candidates.add(new Reminder(Reminder.ALERT, a.key(), at.isAfter(now) ? now : at, null, a));
            }
        }
        List<Reminder> missed = new ArrayList<>();
        List<Reminder> fresh = new ArrayList<>();
        writes.unaudited("claiming reminders", s -> {
            noteRun.accept(s);
            List<Reminder> dueWhileClosed = new ArrayList<>();
            for (Reminder r : candidates) {
                var claim = s.notifications().claimFiring(user.id(), r.itemKind(), r.itemKey(), r.remindAt(), now);
                if (claim == NotificationRepository.Claim.FIRST_TIME && !freshData
                        && session.fellDueWhileClosed(r.remindAt())) {
                    dueWhileClosed.add(r);
                } else if (claim != NotificationRepository.Claim.NONE) {
                    fresh.add(r);
                }
            }
            // a step written during this run (already inside its lead time, say) was never missed
            Set<Long> writtenSince = s.followUps().writtenSince(dueWhileClosed.stream().filter(Reminder::isStep)
                    .map(r -> r.step().followUpId()).toList(), session.startedAt());
            for (Reminder r : dueWhileClosed) {
                (r.isStep() && writtenSince.contains(r.step().followUpId()) ? fresh : missed).add(r);
            }
        });
        session.noted(mark, now);
        return new ReminderBatch(missed, fresh);
    }

    /** Snoozes an alert's reminder; a step is snoozed through FollowUpService so Today moves it too. */
    public void snoozeAlert(User user, Reminder r, Instant until) {
        writes.unaudited("snoozing a reminder", s -> s.notifications().snooze(user.id(), r.itemKind(), r.itemKey(),
                until, clock.instant()));
    }

    public void dismiss(User user, Reminder r) {
        writes.unaudited("dismissing a reminder", s -> s.notifications().dismiss(user.id(), r.itemKind(), r.itemKey(),
                clock.instant()));
    }

    /**
     * The next moment something may become due for the user: a step's reminder time, the end of
     * a snooze or of quiet hours, or the next midnight (when date-based alerts change), whichever
     * comes first. The scheduler sleeps until then unless data changes.
     */
    public Instant nextWake(User user) {
        return nextWake(user, clock.instant());
    }

    /**
     * The next such moment after {@code lookedAt}, the time a pass looked for due reminders. A
     * reminder falling due between that look and this call is returned (in the past), so the
     * scheduler looks again at once instead of sleeping past it.
     */
    public Instant nextWake(User user, Instant lookedAt) {
        Instant now = lookedAt;
        ZoneId zone = clock.getZone();
        ReminderPreferences prefs = preferences(user.id());
        Instant next = now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        for (OpenStep o : openSteps(user.id(), now.plus(HORIZON))) {
            Instant at = DueRules.remindAt(o.step(), prefs.leadTime());
            if (at.isAfter(now) && at.isBefore(next)) {
                next = at;
            }
        }
        Instant snoozeEnd = db.read(s -> s.notifications().entries(user.id(), Reminder.ALERT)).values().stream()
                .map(e -> e.snoozedUntil()).filter(t -> t != null && t.isAfter(now)).min(Instant::compareTo).orElse(null);
        if (snoozeEnd != null && snoozeEnd.isBefore(next)) {
            next = snoozeEnd;
        }
        if (prefs.isQuiet(now.atZone(zone).toLocalTime())) {
            var end = now.atZone(zone).with(prefs.quietEnd());
            Instant quietEnd = (end.toInstant().isAfter(now) ? end : end.plusDays(1)).toInstant();
            next = quietEnd.isBefore(next) ? quietEnd : next;
        }
        return next;
    }

    private List<OpenStep> openSteps(long userId, Instant until) {
        return db.read(s -> s.followUps().openSteps(userId, until));
    }
}
