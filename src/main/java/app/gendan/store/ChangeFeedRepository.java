package app.gendan.store;

import static app.gendan.store.generated.Tables.CHANGE_FEED;

import java.time.Instant;
import org.jooq.DSLContext;

/** Each committed write appends a row; other processes poll {@link #latest()} to refresh. */
public final class ChangeFeedRepository {
    private final DSLContext dsl;

    ChangeFeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void bump(Instant at, Long userId, String entity, Long entityId) {
        dsl.insertInto(CHANGE_FEED)
                .set(CHANGE_FEED.AT, at).set(CHANGE_FEED.USER_ID, userId)
                .set(CHANGE_FEED.ENTITY, entity).set(CHANGE_FEED.ENTITY_ID, entityId)
                .execute();
    }

    public long latest() {
        Long max = dsl.select(org.jooq.impl.DSL.max(CHANGE_FEED.ID)).from(CHANGE_FEED).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }
}
