package app.gendan.service.imports.plan;

import app.gendan.domain.User;

/** An owner named in the file: a user already in Gendan, or one the import creates (a rep). */
public final class UserRef {
    final User existing;
    public final String displayName;
    public final String login;
    public long id;

    private UserRef(User existing, String displayName, String login) {
        this.existing = existing;
        this.displayName = displayName;
        this.login = login;
        this.id = existing == null ? 0 : existing.id();
    }

    static UserRef of(User user) {
        return new UserRef(user, user.displayName(), user.login());
    }

    static UserRef create(String displayName, String login) {
        return new UserRef(null, displayName, login);
    }

    boolean isNew() {
        return existing == null;
    }
}
