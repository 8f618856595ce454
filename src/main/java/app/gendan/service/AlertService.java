package app.gendan.service;

import app.gendan.domain.AlertFacts;
import app.gendan.domain.AlertRules;
import app.gendan.domain.OrderAlert;
import app.gendan.store.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Order alerts (异常预警): stuck, late shipment, late payment, expiring quote or contract, no next step. */
public final class AlertService {
    static final String EXPIRING_DAYS = "alerts.expiringDays";
    static final int DEFAULT_EXPIRING_DAYS = 7;

    private final Database db;
    private final Clock clock;

    AlertService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** @param ownerId whose orders to scan; null for everyone */
    public List<OrderAlert> scan(Long ownerId) {
        int within = expiringWithinDays();
        List<AlertFacts> facts = db.read(s -> s.alerts().openOrders(ownerId));
        var now = clock.instant();
        List<OrderAlert> alerts = new ArrayList<>();
        for (AlertFacts f : facts) {
            alerts.addAll(AlertRules.of(f, now, clock.getZone(), within));
        }
        return alerts;
    }

    public int expiringWithinDays() {
        return db.read(s -> s.settings().get(EXPIRING_DAYS)).map(Integer::parseInt).orElse(DEFAULT_EXPIRING_DAYS);
    }
}
