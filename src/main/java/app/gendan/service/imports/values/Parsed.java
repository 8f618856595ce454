package app.gendan.service.imports.values;

import app.gendan.service.imports.Severity;
import java.util.List;

/**
 * The outcome of reading one value: the value (null when blank or unreadable) and, when
 * something was off, a problem key with arguments and its severity.
 */
public record Parsed<T>(T value, Severity severity, String problemKey, List<Object> args) {

    public Parsed {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(value, null, null, List.of());
    }

    public static <T> Parsed<T> empty() {
        return new Parsed<>(null, null, null, List.of());
    }

    public static <T> Parsed<T> fail(String key, Object... args) {
        return new Parsed<>(null, Severity.ERROR, key, List.of(args));
    }

    public static <T> Parsed<T> note(T value, Severity severity, String key, Object... args) {
        return new Parsed<>(value, severity, key, List.of(args));
    }

    public boolean failed() {
        return severity == Severity.ERROR;
    }

    public boolean hasProblem() {
        return problemKey != null;
    }

    public boolean isPresent() {
        return value != null;
    }
}
