package app.gendan.service;

import app.gendan.domain.User;
import app.gendan.store.Database;
import java.time.Clock;
import java.util.OptionalLong;
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
        return run(entity, work, result -> OptionalLong.of(result instanceof Long id ? id : -1));
    }

    /**
     * Like {@link #run(String, Function)}, for work that may turn out to change nothing: the
     * change feed is bumped (with the given entity id, -1 for none) only when {@code changed}
     * returns a value.
     */
    public <T> T run(String entity, Function<WriteTx, T> work, Function<T, OptionalLong> changed) {
        User user = actor.get();
        Long actorId = user == null ? null : user.id();
        return db.transaction(store -> {
            WriteTx tx = new WriteTx(store, clock.instant(), actorId);
            T result = work.apply(tx);
            OptionalLong id = changed.apply(result);
            if (id.isPresent()) {
                store.changeFeed().bump(tx.now(), actorId, entity, id.getAsLong() < 0 ? null : id.getAsLong());
            }
            return result;
        });
    }
}
