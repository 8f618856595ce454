package app.gendan.store;

import app.gendan.domain.DatabaseException;
import app.gendan.domain.DatabaseTrouble;
import app.gendan.domain.GendanException;
import app.gendan.domain.i18n.MessageRef;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where driver errors of an open database become words: what kind of trouble it is
 * ({@link #classify}) and the sentence for a read or a write ({@link #forRead}, {@link #forWrite}),
 * naming the computer that serves a shared file. Driver text never reaches the user; it goes to the log.
 * (Errors while opening a file are put into words by {@link Database} itself.)
 */
public final class StoreErrors {
    private static final Logger LOG = LoggerFactory.getLogger(StoreErrors.class);

    private StoreErrors() {}

    public static DatabaseTrouble classify(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof DatabaseException d) {
                return d.trouble();
            }
            if (c instanceof SocketTimeoutException) {
                return DatabaseTrouble.NOT_ANSWERING;
            }
            String text = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")) {
                return DatabaseTrouble.DISK_FULL;
            }
            if (c instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case ErrorCode.CONNECTION_BROKEN_1, ErrorCode.DATABASE_IS_CLOSED, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN,
                         ErrorCode.OBJECT_CLOSED, ErrorCode.DATABASE_ALREADY_OPEN_1 -> {
                        return timedOut(sql) ? DatabaseTrouble.NOT_ANSWERING : DatabaseTrouble.LOST;
                    }
                    case ErrorCode.LOCK_TIMEOUT_1, ErrorCode.DEADLOCK_1, ErrorCode.CONCURRENT_UPDATE_1 -> {
                        return DatabaseTrouble.BUSY;
                    }
                    case ErrorCode.DATABASE_IS_READ_ONLY -> {
                        return DatabaseTrouble.READ_ONLY;
                    }
                    default -> { }
                }
            }
            if (c instanceof SocketException) {
                return DatabaseTrouble.LOST;
            }
            if (text.contains("concurrent update")) {
                return DatabaseTrouble.BUSY;
            }
        }
        return DatabaseTrouble.OTHER;
    }

    private static boolean timedOut(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Where the details are: the log the launcher set up (gendan.logdir), as logback.xml writes it. */
    static String logFile() {
        String dir = System.getProperty("gendan.logdir");
        java.nio.file.Path logs = dir != null ? java.nio.file.Path.of(dir)
                : java.nio.file.Path.of(System.getProperty("user.home"), ".gendan", "logs");
        return logs.resolve("gendan.log").toString();
    }

    /** The sentence for a read that failed: what is on screen stays as it was. */
    static RuntimeException forRead(RuntimeException e, MessageRef server) {
        if (e instanceof GendanException && !(e instanceof DatabaseException)) {
            return e; // the work's own refusal, already in words
        }
        if (e instanceof DatabaseException) {
            return e;
        }
        DatabaseTrouble trouble = classify(e);
        LOG.warn("Database read failed ({})", trouble, e);
        return switch (trouble) {
            case LOST -> new DatabaseException(e, trouble, "error.db.read.lost", server);
            case NOT_ANSWERING -> new DatabaseException(e, trouble, "error.db.read.notAnswering", server);
            case DISK_FULL -> new DatabaseException(e, trouble, "error.db.read.diskFull", server);
            default -> new DatabaseException(e, trouble, "error.db.read.other", logFile());
        };
    }

    /** The sentence for a write that certainly did not commit: nothing was saved, the input stays. */
    static RuntimeException notSaved(RuntimeException e, MessageRef server) {
        if (e instanceof DatabaseException d && d.messageKey().startsWith("error.db.write.")) {
            return e;
        }
        DatabaseTrouble trouble = classify(e);
        LOG.warn("Write not saved ({})", trouble, e);
        return switch (trouble) {
            case LOST -> new DatabaseException(e, trouble, "error.db.write.lost", server);
            case NOT_ANSWERING -> new DatabaseException(e, trouble, "error.db.write.notAnswering", server);
            case BUSY -> new DatabaseException(e, trouble, "error.db.write.busy");
            case DISK_FULL -> new DatabaseException(e, trouble, "error.db.write.diskFull", server);
            case READ_ONLY -> new DatabaseException(e, trouble, "error.db.write.readOnly", server);
            case OTHER -> new DatabaseException(e, trouble, "error.db.write.other", logFile());
        };
    }

    /** The sentence for a write whose commit was sent but whose outcome could not be checked. */
    static RuntimeException unconfirmed(RuntimeException e, MessageRef server) {
        LOG.warn("Write not confirmed", e);
        return new DatabaseException(e, classify(e), "error.db.write.unconfirmed", server);
    }
}
