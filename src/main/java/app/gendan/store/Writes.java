package app.gendan.store;

import app.gendan.domain.GendanException;
import app.gendan.domain.User;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single door for writes: one transaction that does the work, writes its audit entries and
 * appends to the change feed, so either all of it commits or none of it does.
 *
 * <p>On a shared file the connection can break under a write (the computer serving the file went
 * away). What the user is told then depends on where it broke:
 * <ul>
 *   <li>before the commit was sent: nothing was saved; the write is run once more on a fresh
 *       connection (it re-reads and re-checks versions, as a second click on Save would), and if that
 *       fails too the user is told it was not saved;</li>
 *   <li>during the commit: the write's change-feed row (this app's origin and write number) is
 *       looked up: there means saved, absent means not saved (and it is retried once as above),
 *       and a lookup that fails too says so: not confirmed.</li>
 * </ul>
 * Every failure leaves here in words ({@link app.gendan.domain.DatabaseException}), never as driver text.
 */
public final class Writes {
    private static final Logger LOG = LoggerFactory.getLogger(Writes.class);

    private final Database db;
    private final Clock clock;
    private final Supplier<User> actor;

    public Writes(Database db, Clock clock, Supplier<User> actor) {
        this.db = db;
        this.clock = clock;
        this.actor = actor;
    }

    /**
     * Runs a write. The change feed is bumped when the work audited anything (every change of a
     * record is audited), with the result as entity id when it is a Long, else the first audited
     * record of {@code entity}. Retried once after a connection lost before the commit.
     */
    public <T> T run(String entity, Function<WriteTx, T> work) {
        return run(entity, work, null, true);
    }

    /**
     * Like {@link #run(String, Function)}, for work that tells itself whether it changed anything:
     * the change feed is bumped (with the given entity id, -1 for none) only when {@code changed}
     * returns a value.
     */
    public <T> T run(String entity, Function<WriteTx, T> work, Function<T, OptionalLong> changed) {
        return run(entity, work, changed, true);
    }

    /**
     * A write that is never run twice by itself, for long work such as an import or a revert:
     * when its connection breaks, the user is told it was not saved (or not confirmed) and decides.
     */
    public <T> T runOnce(String entity, Function<WriteTx, T> work, Function<T, OptionalLong> changed) {
        return run(entity, work, changed, false);
    }

    /**
     * The one write that is neither audited nor announced in the change feed: an app's own
     * bookkeeping that no colleague's screen shows (which reminders this user was shown, snoozed or
     * dismissed). {@code why} names it in the log when it fails.
     */
    public void unaudited(String why, Consumer<StoreTx> work) {
        try {
            db.transaction(store -> {
                work.accept(store);
                return null;
            });
        } catch (RuntimeException e) {
            throw failed(e, why);
        }
    }

    private <T> T run(String entity, Function<WriteTx, T> work, Function<T, OptionalLong> changed, boolean retry) {
        User user = actor.get();
        Long actorId = user == null ? null : user.id();
        long writeNo = db.nextWriteNo();
        Attempt<T> attempt = new Attempt<>();
        try {
            return db.transaction(store -> {
                WriteTx tx = new WriteTx(store, clock.instant(), actorId);
                T result = work.apply(tx);
                OptionalLong id = changed != null ? changed.apply(result) : changedId(tx, entity, result);
                if (id.isPresent()) {
                    store.changeFeed().bump(tx.now(), actorId, entity, id.getAsLong() < 0 ? null : id.getAsLong(),
                            db.origin(), writeNo);
                    attempt.announced = true;
                }
                attempt.result = result;
                attempt.committing = true; // jOOQ commits as soon as this returns
                return result;
            });
        } catch (RuntimeException e) {
            if (isOwnRefusal(e)) {
                throw e; // a refusal of the work itself (validation, stale version): nothing was written
            }
            RuntimeException words = StoreErrors.notSaved(e, db.server());
            if (!StoreErrors.classify(e).isConnection()) {
                throw words;
            }
            db.connectionTrouble(words);
            if (attempt.committing && attempt.announced) {
                Boolean committed = committed(writeNo);
                if (committed == null) {
                    throw StoreErrors.unconfirmed(e, db.server());
                }
                if (committed) {
                    LOG.info("Write {} of {} committed although its connection broke", writeNo, entity);
                    return attempt.result;
                }
            }
            if (retry) {
                LOG.info("Retrying write of {} once after a lost connection", entity);
                return run(entity, work, changed, false);
            }
            throw words;
        }
    }

    private static <T> OptionalLong changedId(WriteTx tx, String entity, T result) {
        if (tx.audited() == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(result instanceof Long id ? id : tx.firstAuditedId(entity));
    }

    /** Whether write {@code writeNo} of this app committed; null when that cannot be found out now. */
    private Boolean committed(long writeNo) {
        try {
            return db.read(s -> s.changeFeed().hasWrite(db.origin(), writeNo));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private RuntimeException failed(RuntimeException e, String why) {
        if (isOwnRefusal(e)) {
            return e;
        }
        LOG.warn("Write failed: {}", why);
        RuntimeException words = StoreErrors.notSaved(e, db.server());
        db.connectionTrouble(words);
        return words;
    }

    /** A GendanException the work threw on purpose, as opposed to database trouble. */
    private static boolean isOwnRefusal(RuntimeException e) {
        return e instanceof GendanException && !(e instanceof app.gendan.domain.DatabaseException);
    }

    /** What one attempt got to before it failed. */
    private static final class Attempt<T> {
        T result;
        boolean announced;
        boolean committing;
    }
}
