package app.gendan.store;

import static app.gendan.store.generated.Tables.CHANGE_FEED;

import app.gendan.domain.Change;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Each committed write appends a row naming the app (origin) and its write number; other apps poll
 * for rows after the last one they saw. A write's row commits with it, so finding it tells whether a
 * write whose connection broke during the commit went through.
 */
public final class ChangeFeedRepository {
    /** How many rows one poll reads at most; a burst beyond that is reported as one change to everything. */
    static final int POLL_LIMIT = 500;

    private final DSLContext dsl;

    ChangeFeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void bump(Instant at, Long userId, String entity, Long entityId, String origin, long writeNo) {
        dsl.insertInto(CHANGE_FEED)
                .set(CHANGE_FEED.AT, at).set(CHANGE_FEED.USER_ID, userId)
                .set(CHANGE_FEED.ENTITY, entity).set(CHANGE_FEED.ENTITY_ID, entityId)
                .set(CHANGE_FEED.ORIGIN, origin).set(CHANGE_FEED.WRITE_NO, writeNo)
                .execute();
    }

    public long latest() {
        Long max = dsl.select(org.jooq.impl.DSL.max(CHANGE_FEED.ID)).from(CHANGE_FEED).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    /** The rows after {@code afterId}, oldest first, at most {@link #POLL_LIMIT}; {@code origin} marks this app's own. */
    public List<Change> after(long afterId, String origin) {
        return dsl.select(CHANGE_FEED.ID, CHANGE_FEED.ENTITY, CHANGE_FEED.ENTITY_ID, CHANGE_FEED.USER_ID, CHANGE_FEED.ORIGIN)
                .from(CHANGE_FEED).where(CHANGE_FEED.ID.gt(afterId)).orderBy(CHANGE_FEED.ID).limit(POLL_LIMIT)
                .fetch(r -> new Change(r.value1(), r.value2(), r.value3(), r.value4(), origin.equals(r.value5())));
    }

    /** Whether the write {@code writeNo} of the app {@code origin} committed. */
    public boolean hasWrite(String origin, long writeNo) {
        return dsl.fetchExists(CHANGE_FEED, CHANGE_FEED.ORIGIN.eq(origin).and(CHANGE_FEED.WRITE_NO.eq(writeNo)));
    }
}
