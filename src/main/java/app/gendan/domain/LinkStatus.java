package app.gendan.domain;

import app.gendan.domain.i18n.MessageRef;
import java.time.Instant;

/**
 * How this app reaches its database, as the status bar tells it: fine, or the computer serving a
 * shared file is not answering, or it went away (Gendan reconnects, and serves the file itself when
 * nobody else does), since when, and which computer serves it.
 */
public record LinkStatus(State state, MessageRef server, Instant since) {
    public enum State {
        /** Reads and writes go through. */
        CONNECTED,
        /** A call has waited for the serving computer for longer than {@code NOT_ANSWERING_AFTER}. */
        NOT_ANSWERING,
        /** The connection broke; the next call reconnects. */
        LOST,
        /** Connected again after trouble, and this computer now serves the file. */
        TOOK_OVER,
        /** Connected again after trouble, to another computer. */
        RECONNECTED
    }

    public boolean isTrouble() {
        return state == State.NOT_ANSWERING || state == State.LOST;
    }
}
