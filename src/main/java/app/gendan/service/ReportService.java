package app.gendan.service;

import app.gendan.domain.report.FunnelStage;
import app.gendan.domain.report.OrderPayments;
import app.gendan.domain.report.OwnerOverdue;
import app.gendan.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The figures a manager asks for first: the funnel, who has overdue next steps, and money due vs received. */
public final class ReportService {
    private final Database db;
    private final Clock clock;

    ReportService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Open orders and their amount per open stage, in board order. */
    public List<FunnelStage> funnel() {
        return db.read(s -> s.reports().funnel());
    }

    /** Overdue next steps per owner, the owner with most first; the same steps the Today view calls overdue. */
    public List<OwnerOverdue> overdueByOwner() {
        var now = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        return db.read(s -> s.reports().overdueByOwner(now, today.atStartOfDay(zone).toInstant())).stream()
                .map(o -> {
                    LocalDate oldest = o.oldestDue().atZone(zone).toLocalDate();
                    return new OwnerOverdue(o.ownerName(), o.count(), oldest,
                            Math.max(0, ChronoUnit.DAYS.between(oldest, today)));
                })
                .toList();
    }

    /** Every order with payments, the soonest unpaid due date first. */
    public List<OrderPayments> payments() {
        return db.read(s -> s.reports().payments());
    }

    public LocalDate today() {
        return clock.instant().atZone(clock.getZone()).toLocalDate();
    }
}
