package app.gendan.domain.i18n;

/** A piece of text to be put into the reader's language where it is shown, e.g. an argument of an error. */
public record MessageRef(String key, Object... args) {}
