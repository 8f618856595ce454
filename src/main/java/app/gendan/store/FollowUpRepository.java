package app.gendan.store;

import static app.gendan.store.generated.Tables.APP_USER;
import static app.gendan.store.generated.Tables.CUSTOMER;
import static app.gendan.store.generated.Tables.FOLLOW_UP;
import static app.gendan.store.generated.Tables.SALES_ORDER;

import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.NextStep;
import app.gendan.store.generated.tables.records.FollowUpRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

public final class FollowUpRepository {
    /** One open next step with the names the Today view shows. */
    public record OpenStep(long followUpId, int version, long customerId, String customerName, Long orderId,
                           String orderNo, String orderTitle, NextStep step, String ownerName) {}

    private final DSLContext dsl;

    FollowUpRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<FollowUp> byId(long id) {
        return dsl.select(FOLLOW_UP.asterisk(), APP_USER.DISPLAY_NAME).from(FOLLOW_UP)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(FOLLOW_UP.CREATED_BY))
                .where(FOLLOW_UP.ID.eq(id).and(FOLLOW_UP.DELETED.isFalse()))
                .fetchOptional(FollowUpRepository::toFollowUp);
    }

    public long insert(FollowUpDraft d, ZoneId zone, Long actor, Instant now) {
        FollowUpRecord r = dsl.newRecord(FOLLOW_UP);
        apply(r, d, zone);
        r.setCreatedAt(now);
        r.setCreatedBy(actor);
        r.setUpdatedAt(now);
        r.setUpdatedBy(actor);
        r.store();
        return r.getId();
    }

    /** Version-checked edit of what happened and the next step; false when somebody else saved first. */
    public boolean update(long id, int expectedVersion, FollowUpDraft d, ZoneId zone, Long actor, Instant now) {
        FollowUpRecord r = dsl.newRecord(FOLLOW_UP);
        apply(r, d, zone);
        r.setSnoozedUntil(null);
        r.setVersion(expectedVersion + 1);
        r.setUpdatedAt(now);
        r.setUpdatedBy(actor);
        r.changed(FOLLOW_UP.SNOOZED_UNTIL, true);
        return dsl.update(FOLLOW_UP).set(r)
                .where(FOLLOW_UP.ID.eq(id).and(FOLLOW_UP.VERSION.eq(expectedVersion)).and(FOLLOW_UP.DELETED.isFalse()))
                .execute() == 1;
    }

    public boolean markDone(long id, int expectedVersion, Long actor, Instant now) {
        return touch(id, expectedVersion, actor, now)
                .set(FOLLOW_UP.NEXT_DONE_AT, now).set(FOLLOW_UP.NEXT_DONE_BY, actor)
                .where(FOLLOW_UP.ID.eq(id).and(FOLLOW_UP.VERSION.eq(expectedVersion)).and(FOLLOW_UP.NEXT_DONE_AT.isNull()))
                .execute() == 1;
    }

    /** Which of these follow-ups were written (created or changed) at or after {@code since}. */
    public java.util.Set<Long> writtenSince(java.util.Collection<Long> ids, Instant since) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(dsl.select(FOLLOW_UP.ID).from(FOLLOW_UP)
                .where(FOLLOW_UP.ID.in(ids).and(FOLLOW_UP.UPDATED_AT.ge(since))).fetch(FOLLOW_UP.ID));
    }

    /** The order's next steps still open (not done, not deleted), except the follow-up {@code exceptId}. */
    public List<FollowUp> openStepsOfOrder(long orderId, long exceptId) {
        return timeline(FOLLOW_UP.ORDER_ID.eq(orderId).and(FOLLOW_UP.NEXT_DONE_AT.isNull())
                .and(FOLLOW_UP.NEXT_ACTION.isNotNull()).and(FOLLOW_UP.ID.ne(exceptId)));
    }

    public boolean snooze(long id, int expectedVersion, Instant until, Long actor, Instant now) {
        return touch(id, expectedVersion, actor, now)
                .set(FOLLOW_UP.SNOOZED_UNTIL, until)
                .where(FOLLOW_UP.ID.eq(id).and(FOLLOW_UP.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    public boolean reassign(long id, int expectedVersion, long ownerId, Long actor, Instant now) {
        return touch(id, expectedVersion, actor, now)
                .set(FOLLOW_UP.NEXT_OWNER_ID, ownerId)
                .where(FOLLOW_UP.ID.eq(id).and(FOLLOW_UP.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    public boolean delete(long id, int expectedVersion, Long actor, Instant now) {
        return touch(id, expectedVersion, actor, now)
                .set(FOLLOW_UP.DELETED, true)
                .where(FOLLOW_UP.ID.eq(id).and(FOLLOW_UP.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private org.jooq.UpdateSetMoreStep<FollowUpRecord> touch(long id, int expectedVersion, Long actor, Instant now) {
        return dsl.update(FOLLOW_UP)
                .set(FOLLOW_UP.VERSION, expectedVersion + 1)
                .set(FOLLOW_UP.UPDATED_AT, now)
                .set(FOLLOW_UP.UPDATED_BY, actor);
    }

    /** The timeline of an order or a customer, newest first. */
    public List<FollowUp> ofOrder(long orderId) {
        return timeline(FOLLOW_UP.ORDER_ID.eq(orderId));
    }

    public List<FollowUp> ofCustomer(long customerId) {
        return timeline(FOLLOW_UP.CUSTOMER_ID.eq(customerId));
    }

    private List<FollowUp> timeline(Condition c) {
        return dsl.select(FOLLOW_UP.asterisk(), APP_USER.DISPLAY_NAME).from(FOLLOW_UP)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(FOLLOW_UP.CREATED_BY))
                .where(c.and(FOLLOW_UP.DELETED.isFalse()))
                .orderBy(FOLLOW_UP.HAPPENED_AT.desc(), FOLLOW_UP.ID.desc())
                .fetch(FollowUpRepository::toFollowUp);
    }

    /**
     * Open next steps due before {@code until} (or snoozed until before it), of one owner or of
     * everyone (ownerId null), soonest first. Both are read from the open-step index (not done, not
     * deleted, owner, due time), which holds every follow-up column used here, so the wide
     * follow-up rows are never visited: one owner's are a single range of it.
     */
    public List<OpenStep> openSteps(Long ownerId, Instant until) {
        Condition c = FOLLOW_UP.NEXT_DONE_AT.isNull()
                .and(FOLLOW_UP.NEXT_DUE_AT.isNotNull())
                .and(FOLLOW_UP.DELETED.isFalse())
                .and(FOLLOW_UP.NEXT_DUE_AT.lt(until));
        if (ownerId != null) {
            c = c.and(FOLLOW_UP.NEXT_OWNER_ID.eq(ownerId));
        }
        // The team is a handful of users: their names come from one small read, not a join per step.
        Map<Long, String> names = UserNames.of(dsl);
        // Outer joins keep follow_up the driving table (H2 does not reorder them); every step has its customer.
        return NativeTimestamps.of(dsl)
                .select(FOLLOW_UP.ID, FOLLOW_UP.VERSION, FOLLOW_UP.CUSTOMER_ID, CUSTOMER.NAME, FOLLOW_UP.ORDER_ID,
                        SALES_ORDER.ORDER_NO, SALES_ORDER.TITLE, FOLLOW_UP.NEXT_ACTION, FOLLOW_UP.NEXT_DUE_AT,
                        FOLLOW_UP.NEXT_DUE_HAS_TIME, FOLLOW_UP.NEXT_OWNER_ID, FOLLOW_UP.SNOOZED_UNTIL)
                .from(FOLLOW_UP)
                .leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(FOLLOW_UP.CUSTOMER_ID))
                .leftJoin(SALES_ORDER).on(SALES_ORDER.ID.eq(FOLLOW_UP.ORDER_ID))
                .where(c)
                .orderBy(FOLLOW_UP.NEXT_DUE_AT, FOLLOW_UP.ID)
                .fetch(r -> new OpenStep(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), new NextStep(r.value8(), r.value9(), r.value10(), r.value11(), null, r.value12()),
                        names.get(r.value11())));
    }

    public long count() {
        return dsl.fetchCount(FOLLOW_UP);
    }

    private static void apply(FollowUpRecord r, FollowUpDraft d, ZoneId zone) {
        r.setCustomerId(d.customerId());
        r.setOrderId(d.orderId());
        r.setHappenedAt(d.happenedAt());
        r.setMethod(d.method().code());
        r.setSummary(d.summary().trim());
        r.setFeedback(CustomerRepository.blankToNull(d.feedback()));
        r.setResultStatus(CustomerRepository.blankToNull(d.resultStatus()));
        if (d.hasNextStep()) {
            r.setNextAction(d.nextAction().trim());
            r.setNextDueAt(d.nextDueAt(zone));
            r.setNextDueHasTime(d.nextDueTime() != null);
            r.setNextOwnerId(d.nextOwnerId());
        } else {
            r.setNextAction(null);
            r.setNextDueAt(null);
            r.setNextDueHasTime(false);
            r.setNextOwnerId(null);
        }
    }

    static FollowUp toFollowUp(Record rec) {
        FollowUpRecord r = rec.into(FOLLOW_UP);
        NextStep step = r.getNextAction() == null || r.getNextDueAt() == null ? null
                : new NextStep(r.getNextAction(), r.getNextDueAt(), r.getNextDueHasTime(),
                        r.getNextOwnerId() == null ? 0 : r.getNextOwnerId(), r.getNextDoneAt(), r.getSnoozedUntil());
        return new FollowUp(r.getId(), r.getCustomerId(), r.getOrderId(), r.getHappenedAt(),
                FollowUpMethod.fromCode(r.getMethod()), r.getSummary(), r.getFeedback(), r.getResultStatus(), step,
                r.getVersion(), r.getCreatedBy(), rec.get(APP_USER.DISPLAY_NAME));
    }
}
