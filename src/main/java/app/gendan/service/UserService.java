package app.gendan.service;

import app.gendan.store.Writes;
import app.gendan.domain.FieldError;
import app.gendan.domain.Role;
import app.gendan.domain.StaleEditException;
import app.gendan.domain.User;
import app.gendan.domain.ValidationException;
import app.gendan.store.Database;
import java.util.List;
import java.util.Optional;

/** Who is using Gendan: sign-in by OS login, first-start registration, profile edits. */
public final class UserService {
    private final Database db;
    private final Writes writes;
    private volatile User current;

    UserService(Database db, Writes writes) {
        this.db = db;
        this.writes = writes;
    }

    /** Signs in the user with this login if it is registered; empty means first start. */
    public Optional<User> signIn(String login) {
        Optional<User> user = db.read(s -> s.users().byLogin(login));
        user.ifPresent(u -> current = u);
        return user;
    }

    /** Registers a user (first start, or a colleague) and signs in when it is the OS user. */
    public User register(String login, String displayName, Role role) {
        validate(login, displayName);
        User user = writes.run("user", tx -> {
            if (tx.store().users().byLogin(login.trim()).isPresent()) {
                throw new ValidationException(List.of(FieldError.of("login", "validation.loginTaken")));
            }
            long id = tx.store().users().insert(login.trim(), displayName.trim(), role, tx.actor(), tx.now());
            tx.audit("user", id, "create", "displayName", null, displayName.trim());
            return tx.store().users().byId(id).orElseThrow();
        });
        if (current == null) {
            current = user;
        }
        return user;
    }

    public User updateProfile(long userId, int version, String displayName, Role role) {
        validate("x", displayName);
        User updated = writes.run("user", tx -> {
            User before = tx.store().users().byId(userId).orElseThrow(() -> new StaleEditException("user", userId));
            if (!tx.store().users().update(userId, version, displayName.trim(), role, tx.actor(), tx.now())) {
                throw new StaleEditException("user", userId);
            }
            if (!before.displayName().equals(displayName.trim())) {
                tx.audit("user", userId, "update", "displayName", before.displayName(), displayName.trim());
            }
            if (before.role() != role) {
                tx.audit("user", userId, "update", "role", before.role().code(), role.code());
            }
            return tx.store().users().byId(userId).orElseThrow();
        });
        if (current != null && current.id() == userId) {
            current = updated;
        }
        return updated;
    }

    /** The signed-in user, or null before the first-start profile exists. */
    public User current() { return current; }

    public List<User> all() { return db.read(s -> s.users().active()); }

    private static void validate(String login, String displayName) {
        if (login == null || login.isBlank()) {
            throw new ValidationException(List.of(FieldError.of("login", "validation.required")));
        }
        if (displayName == null || displayName.isBlank()) {
            throw new ValidationException(List.of(FieldError.of("displayName", "validation.required")));
        }
    }
}
