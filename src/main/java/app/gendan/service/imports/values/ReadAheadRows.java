package app.gendan.service.imports.values;

import app.gendan.service.imports.ImportCancelledException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads and parses a sheet's rows on a thread of its own, a few hundred rows ahead of the
 * caller, so that unpacking, decoding and value parsing use the second core while the caller
 * matches rows against the database. Rows come out in file order; a failure of the reader is
 * thrown to the caller at the row where it happened. Closing stops the reader and closes the
 * cursor; the cursor's counts may be read once every row was taken.
 */
public final class ReadAheadRows implements Iterator<ParsedRow>, AutoCloseable {
    private static final int BATCH = 256;
    private static final int BATCHES_AHEAD = 8;

    /** What the reader hands over: rows, or the end with the failure that ended it (if any). */
    private record Batch(List<ParsedRow> rows, Throwable failure, boolean last) {}

    private final ParsedRowCursor cursor;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private volatile boolean stopped;
    private List<ParsedRow> current = List.of();
    private int position;
    private boolean ended;
    private Throwable failure;

    public ReadAheadRows(ParsedRowCursor cursor) {
        this.cursor = cursor;
        this.reader = Thread.ofPlatform().daemon().name("gendan-import-reader").unstarted(this::readAll);
        reader.start();
    }

    private void readAll() {
        List<ParsedRow> batch = new ArrayList<>(BATCH);
        Throwable readerFailure = null;
        try {
            while (!stopped && cursor.hasNext()) {
                batch.add(cursor.next());
                if (batch.size() == BATCH) {
                    hand(new Batch(batch, null, false));
                    batch = new ArrayList<>(BATCH);
                }
            }
        } catch (InterruptedException e) {
            return; // closed by the caller: nobody waits for the rest
        } catch (Throwable t) {
            readerFailure = t;
            if (t instanceof OutOfMemoryError) {
                batch = List.of(); // the whole read is refused: let go of the rows so the hand-over itself fits
            }
        }
        try {
            // the rows before a failure first, as a reader on the caller's thread would have given them
            hand(new Batch(batch, readerFailure, true));
        } catch (InterruptedException e) {
            // closed by the caller meanwhile
        }
    }

    private void hand(Batch b) throws InterruptedException {
        while (!stopped) {
            if (queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
        throw new InterruptedException();
    }

    @Override
    public boolean hasNext() {
        while (position == current.size()) {
            if (ended) {
                if (failure != null) {
                    throw rethrow(failure);
                }
                return false;
            }
            Batch b;
            try {
                b = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportCancelledException();
            }
            current = b.rows();
            position = 0;
            if (b.last()) {
                ended = true;
                joinReader();
                failure = b.failure();
            }
        }
        return true;
    }

    @Override
    public ParsedRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.get(position++);
    }

    /** The cursor the rows come from; its counts are complete once {@link #hasNext()} said false. */
    public ParsedRowCursor cursor() {
        return cursor;
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    private void joinReader() {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopped = true;
        queue.clear();
        joinReader();
        cursor.close();
    }
}
