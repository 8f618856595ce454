package app.gendan.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A failure the user can act on. It carries a resource-bundle key and arguments rather than
 * text, so the UI and the CLI show it in the user's language.
 */
public class GendanException extends RuntimeException {
    private final String messageKey;
    private final transient List<Object> args;

    public GendanException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public GendanException(Throwable cause, String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args), cause);
        this.messageKey = messageKey;
        this.args = Arrays.asList(args.clone());
    }

    public String messageKey() { return messageKey; }

    public Object[] args() { return args.toArray(); }
}
