package app.gendan.service;

import app.gendan.store.StoreTx;
import java.time.Instant;

/** One write transaction: the repositories, the moment of the change, who made it, and its audit trail. */
public record WriteTx(StoreTx store, Instant now, Long actor) {

    public void audit(String entity, long entityId, String action, String field, Object oldValue, Object newValue) {
        store.audit().record(now, actor, entity, entityId, action, field, text(oldValue), text(newValue));
    }

    public void audit(String entity, long entityId, String action) {
        audit(entity, entityId, action, null, null, null);
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
