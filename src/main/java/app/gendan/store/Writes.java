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
 * <p>When the computer serving the file stops answering (a laptop asleep), a write is not left
 * hanging: once the database has not answered for a few seconds ({@link LinkMonitor}) the write is
 * given up and the user told it was not saved. The thread running it may wait on until the server
 * answers again; it then finds the write given up and rolls it back instead of committing, so what the
 * user was told stays true. Only a write whose commit was already sent cannot be taken back: then the
 * user is told it is not confirmed.
 *
 * <p>Every failure leaves here in words ({@link app.gendan.domain.DatabaseException}), never as driver text.
 */
public final class Writes {
    private static final Logger LOG = LoggerFactory.getLogger(Writes.class);

    /** How long a write waits for a database that is not answering before it is given up. */
    static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(3);

    private final Database db;
    private final Clock clock;
    private final Supplier<User> actor;
    private final java.util.concurrent.ExecutorService runner = java.util.concurrent.Executors.newCachedThreadPool(
            r -> Thread.ofPlatform().daemon().name("gendan-write").unstarted(r));

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
        Attempt<Object> attempt = new Attempt<>();
        try {
            waitFor(attempt, () -> db.transaction(store -> {
                work.accept(store);
                attempt.toCommit();
                return null;
            }));
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
            return waitFor(attempt, () -> db.transaction(store -> {
                WriteTx tx = new WriteTx(store, clock.instant(), actorId);
                T result = work.apply(tx);
                OptionalLong id = changed != null ? changed.apply(result) : changedId(tx, entity, result);
                if (id.isPresent()) {
                    store.changeFeed().bump(tx.now(), actorId, entity, id.getAsLong() < 0 ? null : id.getAsLong(),
                            db.origin(), writeNo);
                    attempt.announced = true;
                }
                attempt.result = result;
                attempt.toCommit(); // jOOQ commits as soon as this returns, unless the write was given up
                return result;
            }));
        } catch (RuntimeException e) {
            if (isOwnRefusal(e)) {
                throw e; // a refusal of the work itself (validation, stale version): nothing was written
            }
            RuntimeException words = StoreErrors.notSaved(e, db.server());
            if (StoreErrors.classify(e) != app.gendan.domain.DatabaseTrouble.LOST) {
                throw words; // not answering: waiting again would only make the user wait twice as long
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

    /**
     * Runs the transaction on a thread of its own and waits for it, giving it up when the database
     * has stopped answering (see the class comment).
     */
    private <T> T waitFor(Attempt<?> attempt, java.util.concurrent.Callable<T> transaction) {
        java.util.concurrent.Future<T> running = runner.submit(transaction);
        long started = System.nanoTime();
        while (true) {
            try {
                return running.get(250, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException stillRunning) {
                boolean patient = System.nanoTime() - started < PATIENCE.toNanos();
                if (patient || db.notAnsweringFor().isZero()) {
                    continue;
                }
                if (attempt.giveUp()) {
                    throw StoreErrors.notSaved(new NotAnswering(), db.server());
                }
                // the commit was sent already: whether it arrives is up to the sleeping server
                throw StoreErrors.unconfirmed(new NotAnswering(), db.server());
            } catch (java.util.concurrent.ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (failed.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(failed.getCause());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                if (attempt.giveUp()) {
                    throw StoreErrors.notSaved(new GivenUp(), db.server());
                }
                throw StoreErrors.unconfirmed(new GivenUp(), db.server());
            }
        }
    }

    /** The database held the write longer than {@link #PATIENCE} while not answering. */
    static final class NotAnswering extends RuntimeException {
        NotAnswering() {
            super("the database has not answered", new java.net.SocketTimeoutException("no answer"));
        }
    }

    /** A write given up (its caller was interrupted, or the database stopped answering): rolled back, not committed. */
    static final class GivenUp extends RuntimeException {
        GivenUp() {
            super("the write was given up before its commit");
        }
    }

    /** What one attempt got to before it failed, and whether it may still commit. */
    private static final class Attempt<T> {
        private static final int RUNNING = 0;
        private static final int COMMITTING = 1;
        private static final int GIVEN_UP = 2;
        private final java.util.concurrent.atomic.AtomicInteger state = new java.util.concurrent.atomic.AtomicInteger();
        T result;
        boolean announced;
        volatile boolean committing;

        /** Called by the transaction just before its commit: throws (so it rolls back) when it was given up. */
        void toCommit() {
            if (!state.compareAndSet(RUNNING, COMMITTING)) {
                throw new GivenUp();
            }
            committing = true;
        }

        /** Gives the write up; false when its commit has already been sent. */
        boolean giveUp() {
            return state.compareAndSet(RUNNING, GIVEN_UP) || state.get() == GIVEN_UP;
        }
    }
}
