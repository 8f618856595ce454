package app.gendan.domain;

/** A person using Gendan; the login defaults to the OS user name. */
public record User(long id, String login, String displayName, Role role, int version) {}
