package app.gendan.service;

import app.gendan.domain.User;
import app.gendan.store.Database;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The single path for writes: one transaction that does the work, writes its audit entries and
 * appends to the change feed, so either all of it commits or none of it does.
 */
public final class Writes {
    private final Database db;
    private final Clock clock;
    private final Supplier<User> actor;

    Writes(Database db, Clock clock, Supplier<User> actor) {
        this.db = db;
        this.clock = clock;
        this.actor = actor;
    }

    public <T> T run(String entity, Function<WriteTx, T> work) {
        User user = actor.get();
        Long actorId = user == null ? null : user.id();
        return db.transaction(store -> {
            WriteTx tx = new WriteTx(store, clock.instant(), actorId);
            T result = work.apply(tx);
            store.changeFeed().bump(tx.now(), actorId, entity, result instanceof Long id ? id : null);
            return result;
        });
    }
}
