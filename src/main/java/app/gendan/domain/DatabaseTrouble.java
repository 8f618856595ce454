package app.gendan.domain;

/** The few kinds of database trouble a user can act on, whatever the driver calls them. */
public enum DatabaseTrouble {
    /** The connection broke: the computer serving a shared file went away, or the network did. */
    LOST,
    /** The computer serving a shared file holds the connection but does not answer (asleep, stopped). */
    NOT_ANSWERING,
    /** A colleague holds a lock on the same rows for longer than Gendan waits. */
    BUSY,
    /** The disk holding the database is full. */
    DISK_FULL,
    /** The file became read-only while open. */
    READ_ONLY,
    /** Anything else: a bug or damage; the details go to the log. */
    OTHER;

    /** Trouble that goes away by itself once the serving computer is back or another one takes over. */
    public boolean isConnection() {
        return this == LOST || this == NOT_ANSWERING;
    }
}
