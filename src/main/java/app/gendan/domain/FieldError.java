package app.gendan.domain;

import java.util.List;

/** A validation problem on one form field: the field's name and a message key with arguments. */
public record FieldError(String field, String messageKey, List<Object> args) {
    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }
}
