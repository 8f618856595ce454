package app.gendan.domain;

/**
 * A database call that failed for a reason the user can act on, already put into words (the
 * key says whether a write was not saved or could not be confirmed). Forms keep their input on it.
 */
public class DatabaseException extends GendanException {
    private final DatabaseTrouble trouble;

    public DatabaseException(Throwable cause, DatabaseTrouble trouble, String messageKey, Object... args) {
        super(cause, messageKey, args);
        this.trouble = trouble;
    }

    public DatabaseTrouble trouble() { return trouble; }
}
