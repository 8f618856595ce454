package app.gendan.domain;

import java.util.List;

/** Input rejected before anything was written; lists every field that needs fixing. */
public class ValidationException extends GendanException {
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("error.validation", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() { return errors; }
}
