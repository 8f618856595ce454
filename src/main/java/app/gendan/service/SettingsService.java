package app.gendan.service;

import app.gendan.store.Writes;
import app.gendan.domain.OrderNumberRule;
import app.gendan.store.Database;

/** Team-wide settings kept in the database (shared by everyone who opens it). */
public final class SettingsService {
    static final String ORDER_NUMBER_PATTERN = "order.numberPattern";

    private final Database db;
    private final Writes writes;

    SettingsService(Database db, Writes writes) {
        this.db = db;
        this.writes = writes;
    }

    public String orderNumberPattern() {
        return db.read(s -> s.settings().get(ORDER_NUMBER_PATTERN)).orElse(OrderNumberRule.DEFAULT_PATTERN);
    }

    /** Changes the order-number rule; an invalid pattern is rejected before anything is written. */
    public void setOrderNumberPattern(String pattern) {
        OrderNumberRule.parse(pattern);
        writes.run("setting", tx -> {
            String old = tx.store().settings().get(ORDER_NUMBER_PATTERN).orElse(OrderNumberRule.DEFAULT_PATTERN);
            tx.store().settings().put(ORDER_NUMBER_PATTERN, pattern.trim());
            tx.audit("setting", 0, "update", ORDER_NUMBER_PATTERN, old, pattern.trim());
            return null;
        });
    }
}
