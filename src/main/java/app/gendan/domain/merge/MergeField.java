package app.gendan.domain.merge;

import java.util.function.Function;

/**
 * One field of a draft as a merge sees it. {@code value} reads the field in a form whose
 * {@code equals} says "the same to the user" (blank text is no text, 1.50 is 1.5), so that a
 * form's way of writing a value never counts as a change.
 */
public record MergeField<D>(String name, Function<D, Object> value) {}
