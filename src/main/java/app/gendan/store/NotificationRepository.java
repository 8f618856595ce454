package app.gendan.store;

import static app.gendan.store.generated.Tables.NOTIFICATION_LOG;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * The reminders a user has been shown, snoozed or dismissed. One row per user and item, so a
 * reminder fires once even across restarts and across two windows racing to show it.
 */
public final class NotificationRepository {
    /** What is recorded about one item. */
    public record Entry(String state, Instant snoozedUntil) {}

    /** What became of an item: the values of the state column. */
    private static final String FIRED = "fired";
    private static final String SNOOZED = "snoozed";
    private static final String DISMISSED = "dismissed";

    private final DSLContext dsl;

    NotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Everything recorded for a user and kind of item, by item key. */
    public Map<String, Entry> entries(long userId, String kind) {
        return dsl.selectFrom(NOTIFICATION_LOG)
                .where(NOTIFICATION_LOG.USER_ID.eq(userId).and(NOTIFICATION_LOG.ITEM_KIND.eq(kind)))
                .fetch().stream()
                .collect(Collectors.toMap(r -> r.getItemKey(), r -> new Entry(r.getState(), r.getSnoozedUntil())));
    }

    /** The outcome of trying to fire an item. */
    public enum Claim { NONE, FIRST_TIME, SNOOZE_ENDED }

    /**
     * Records that the item fires now. Claimed when there is no row yet, or a snooze has run
     * out; NONE when it already fired, was dismissed or is still snoozed.
     */
    public Claim claimFiring(long userId, String kind, String key, Instant dueAt, Instant now) {
        int updated = dsl.update(NOTIFICATION_LOG)
                .set(NOTIFICATION_LOG.STATE, FIRED).set(NOTIFICATION_LOG.FIRED_AT, now)
                .set(NOTIFICATION_LOG.SNOOZED_UNTIL, (Instant) null).set(NOTIFICATION_LOG.UPDATED_AT, now)
                .where(NOTIFICATION_LOG.USER_ID.eq(userId).and(NOTIFICATION_LOG.ITEM_KIND.eq(kind))
                        .and(NOTIFICATION_LOG.ITEM_KEY.eq(key)).and(NOTIFICATION_LOG.STATE.eq(SNOOZED))
                        .and(NOTIFICATION_LOG.SNOOZED_UNTIL.le(now)))
                .execute();
        if (updated == 1) {
            return Claim.SNOOZE_ENDED;
        }
        if (dsl.fetchExists(NOTIFICATION_LOG, NOTIFICATION_LOG.USER_ID.eq(userId)
                .and(NOTIFICATION_LOG.ITEM_KIND.eq(kind)).and(NOTIFICATION_LOG.ITEM_KEY.eq(key)))) {
            return Claim.NONE;
        }
        try {
            dsl.insertInto(NOTIFICATION_LOG)
                    .set(NOTIFICATION_LOG.USER_ID, userId).set(NOTIFICATION_LOG.ITEM_KIND, kind)
                    .set(NOTIFICATION_LOG.ITEM_KEY, key).set(NOTIFICATION_LOG.DUE_AT, dueAt)
                    .set(NOTIFICATION_LOG.STATE, FIRED).set(NOTIFICATION_LOG.FIRED_AT, now)
                    .set(NOTIFICATION_LOG.UPDATED_AT, now)
                    .execute();
            return Claim.FIRST_TIME;
        } catch (IntegrityConstraintViolationException raced) {
            return Claim.NONE; // another window of the same user claimed it first
        }
    }

    /** The item comes back at {@code until}. */
    public void snooze(long userId, String kind, String key, Instant until, Instant now) {
        setState(userId, kind, key, SNOOZED, until, now);
    }

    /** The item never comes back. */
    public void dismiss(long userId, String kind, String key, Instant now) {
        setState(userId, kind, key, DISMISSED, null, now);
    }

    private void setState(long userId, String kind, String key, String state, Instant snoozedUntil, Instant now) {
        dsl.mergeInto(NOTIFICATION_LOG)
                .using(dsl.selectOne())
                .on(NOTIFICATION_LOG.USER_ID.eq(userId).and(NOTIFICATION_LOG.ITEM_KIND.eq(kind))
                        .and(NOTIFICATION_LOG.ITEM_KEY.eq(key)))
                .whenMatchedThenUpdate()
                .set(NOTIFICATION_LOG.STATE, state).set(NOTIFICATION_LOG.SNOOZED_UNTIL, snoozedUntil)
                .set(NOTIFICATION_LOG.UPDATED_AT, now)
                .whenNotMatchedThenInsert(NOTIFICATION_LOG.USER_ID, NOTIFICATION_LOG.ITEM_KIND, NOTIFICATION_LOG.ITEM_KEY,
                        NOTIFICATION_LOG.STATE, NOTIFICATION_LOG.SNOOZED_UNTIL, NOTIFICATION_LOG.UPDATED_AT)
                .values(userId, kind, key, state, snoozedUntil, now)
                .execute();
    }
}
