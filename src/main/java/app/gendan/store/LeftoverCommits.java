package app.gendan.store;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.h2.engine.SessionLocal;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes what H2 2.5 leaves unfinished when it opens a file whose serving process died in the
 * middle of a commit.
 *
 * <p>H2 commits a transaction by writing a commit marker into its undo log and then turning each of
 * its rows into a committed row, in the order they were written; its background writer may store the
 * file half-way through. On the next open H2 finds that transaction with status COMMITTED, and
 * {@code TransactionStore.endLeftoverTransactions()} calls {@code Transaction.commit()} on it, which in
 * 2.5.252 does nothing for a transaction in that status ({@code isActive(COMMITTED)} is false). The
 * rows turned so far are visible, the rest stay uncommitted and invisible for good, and the leftover
 * transaction keeps them locked: an insert of the same key (an order number imported again) waits for
 * it forever, ignoring LOCK_TIMEOUT. The file holds everything needed to finish the commit, and H2's
 * own recovery path, {@code TransactionStore.commit(transaction, true)} followed by
 * {@code endTransaction}, does; both are package-private, hence the reflection.
 *
 * <p>Run by the process that opened the file itself (the one serving it), once per opening, before
 * any of its connections is handed out.
 *
 * <p>A crash of this process while it finishes leaves the batch of an import pending (its second
 * step needs a connection, which waits for this): the next opening rolls back what was not turned,
 * and the batch check then finds rows missing and removes the rest, so the import is still all or
 * nothing.
 */
final class LeftoverCommits {
    private static final Logger LOG = LoggerFactory.getLogger(LeftoverCommits.class);
    /** The engine databases (one per opening of a file in this process) already looked at. */
    private static final Map<Object, Boolean> CHECKED = Collections.synchronizedMap(new WeakHashMap<>());

    private LeftoverCommits() {}

    /**
     * Finishes the leftover committed transactions of the file {@code session} belongs to, once per
     * opening. Every other thread asking meanwhile waits until it is done: while H2 finishes a
     * commit, the rows not yet turned already look committed to readers, so an import checked then
     * would be declared complete, and a database closed then (the app done with it) would store the
     * undo log without its commit mark, and the next opening would roll back the rest.
     */
    static void finishOnce(SessionLocal session) {
        org.h2.engine.Database engine = session.getDatabase();
        if (CHECKED.containsKey(engine)) {
            return;
        }
        synchronized (LeftoverCommits.class) {
            if (CHECKED.containsKey(engine)) {
                return;
            }
            try {
                org.h2.mvstore.db.Store store = engine.getStore();
                if (store != null) {
                    TransactionStore transactions = store.getTransactionStore();
                    for (Transaction t : transactions.getOpenTransactions()) {
                        if (t.getStatus() == Transaction.STATUS_COMMITTED) {
                            finish(transactions, t);
                        }
                    }
                }
            } finally {
                CHECKED.put(engine, Boolean.TRUE);
            }
        }
    }

    private static void finish(TransactionStore transactions, Transaction t) {
        try {
            Method commit = TransactionStore.class.getDeclaredMethod("commit", Transaction.class, boolean.class);
            Method end = TransactionStore.class.getDeclaredMethod("endTransaction", Transaction.class, boolean.class);
            commit.setAccessible(true);
            end.setAccessible(true);
            long started = System.nanoTime();
            commit.invoke(transactions, t, true);
            end.invoke(transactions, t, true);
            LOG.warn("Finished the commit of transaction {} that the process serving the file was making when it "
                    + "stopped ({} ms)", t.getId(), (System.nanoTime() - started) / 1_000_000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.error("Could not finish the leftover committed transaction {}", t, e);
        }
    }
}
