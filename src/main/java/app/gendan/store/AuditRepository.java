package app.gendan.store;

import static app.gendan.store.generated.Tables.APP_USER;
import static app.gendan.store.generated.Tables.AUDIT_ENTRY;
import static app.gendan.store.generated.Tables.FOLLOW_UP;

import app.gendan.domain.AuditEntry;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class AuditRepository {
    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void record(Instant at, Long userId, String entity, long entityId, String action,
                       String field, String oldValue, String newValue) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.AT, at).set(AUDIT_ENTRY.USER_ID, userId)
                .set(AUDIT_ENTRY.ENTITY, entity).set(AUDIT_ENTRY.ENTITY_ID, entityId)
                .set(AUDIT_ENTRY.ACTION, action).set(AUDIT_ENTRY.FIELD, field)
                .set(AUDIT_ENTRY.OLD_VALUE, clip(oldValue)).set(AUDIT_ENTRY.NEW_VALUE, clip(newValue))
                .execute();
    }

    /** The trail of one entity, newest first, with the user's display name. */
    public List<AuditEntry> of(String entity, long entityId) {
        return trail(AUDIT_ENTRY.ENTITY.eq(entity).and(AUDIT_ENTRY.ENTITY_ID.eq(entityId)));
    }

    /** The trail of every follow-up ever filed under an order (deleted ones included), newest first. */
    public List<AuditEntry> ofFollowUpsOfOrder(long orderId) {
        return trail(AUDIT_ENTRY.ENTITY.eq("followup").and(AUDIT_ENTRY.ENTITY_ID.in(
                DSL.select(FOLLOW_UP.ID).from(FOLLOW_UP).where(FOLLOW_UP.ORDER_ID.eq(orderId)))));
    }

    private List<AuditEntry> trail(Condition c) {
        return dsl.select(AUDIT_ENTRY.asterisk(), APP_USER.DISPLAY_NAME)
                .from(AUDIT_ENTRY).leftJoin(APP_USER).on(APP_USER.ID.eq(AUDIT_ENTRY.USER_ID))
                .where(c)
                .orderBy(AUDIT_ENTRY.AT.desc(), AUDIT_ENTRY.ID.desc())
                .fetch(r -> new AuditEntry(r.get(AUDIT_ENTRY.ID), r.get(AUDIT_ENTRY.AT), r.get(AUDIT_ENTRY.USER_ID),
                        r.get(APP_USER.DISPLAY_NAME), r.get(AUDIT_ENTRY.ENTITY), r.get(AUDIT_ENTRY.ENTITY_ID),
                        r.get(AUDIT_ENTRY.ACTION), r.get(AUDIT_ENTRY.FIELD), r.get(AUDIT_ENTRY.OLD_VALUE),
                        r.get(AUDIT_ENTRY.NEW_VALUE)));
    }

    private static String clip(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 3999) + "…";
    }
}
