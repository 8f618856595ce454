package app.gendan.store;

import java.time.Instant;

/**
 * One write transaction: the repositories, the moment of the change, who made it, and its audit
 * trail. {@link Writes} bumps the change feed when the work audited something (every change of a
 * record is audited), naming the first audited record of the write's entity.
 */
public final class WriteTx {
    private final StoreTx store;
    private final Instant now;
    private final Long actor;
    private int audited;
    private String firstEntity;
    private long firstEntityId = -1;

    WriteTx(StoreTx store, Instant now, Long actor) {
        this.store = store;
        this.now = now;
        this.actor = actor;
    }

    public StoreTx store() { return store; }

    public Instant now() { return now; }

    public Long actor() { return actor; }

    public void audit(String entity, long entityId, String action, String field, Object oldValue, Object newValue) {
        store.audit().record(now, actor, entity, entityId, action, field, text(oldValue), text(newValue));
        if (audited++ == 0) {
            firstEntity = entity;
            firstEntityId = entityId;
        }
    }

    public void audit(String entity, long entityId, String action) {
        audit(entity, entityId, action, null, null, null);
    }

    /** How many audit entries this write recorded so far. */
    public int audited() { return audited; }

    /** The id of the first audited record, when it is of {@code entity}; -1 otherwise. */
    long firstAuditedId(String entity) {
        return entity.equals(firstEntity) ? firstEntityId : -1;
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
