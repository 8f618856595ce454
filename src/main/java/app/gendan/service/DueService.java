package app.gendan.service;

import app.gendan.domain.DueGroup;
import app.gendan.domain.DueItem;
import app.gendan.domain.DueRules;
import app.gendan.store.Database;
import app.gendan.store.FollowUpRepository.OpenStep;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Overdue, due today and upcoming next steps of one user, or of everyone (managers). */
public final class DueService {
    private final Database db;
    private final Clock clock;

    DueService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** @param ownerId the user whose steps to list; null for everyone */
    public DueList dueItems(Long ownerId, int upcomingDays) {
        var now = clock.instant();
        var zone = clock.getZone();
        var until = now.atZone(zone).toLocalDate().plusDays(upcomingDays + 1L).atStartOfDay(zone).toInstant();
        List<OpenStep> steps = db.read(s -> s.followUps().openSteps(ownerId, until));
        List<DueItem> overdue = new ArrayList<>();
        List<DueItem> today = new ArrayList<>();
        List<DueItem> upcoming = new ArrayList<>();
        for (OpenStep o : steps) {
            DueGroup group = DueRules.group(o.step(), now, zone, upcomingDays);
            DueItem item = new DueItem(o.followUpId(), o.version(), o.customerId(), o.customerName(), o.orderId(),
                    o.orderNo(), o.orderTitle(), o.step(), o.ownerName(), group, DueRules.daysOverdue(o.step(), now, zone));
            switch (group) {
                case OVERDUE -> overdue.add(item);
                case TODAY -> today.add(item);
                case UPCOMING -> upcoming.add(item);
                case LATER -> { }
            }
        }
        // snoozed steps are listed by when they come back, not by their original due moment
        java.util.Comparator<DueItem> byEffectiveDue = java.util.Comparator.comparing(i -> i.step().effectiveDue());
        overdue.sort(byEffectiveDue);
        today.sort(byEffectiveDue);
        upcoming.sort(byEffectiveDue);
        return new DueList(overdue, today, upcoming);
    }
}
