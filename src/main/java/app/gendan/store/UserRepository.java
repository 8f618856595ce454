package app.gendan.store;

import static app.gendan.store.generated.Tables.APP_USER;

import app.gendan.domain.Role;
import app.gendan.domain.User;
import app.gendan.store.generated.tables.records.AppUserRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

public final class UserRepository {
    private final DSLContext dsl;

    UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<User> byLogin(String login) {
        return dsl.selectFrom(APP_USER).where(APP_USER.LOGIN.eq(login)).fetchOptional(UserRepository::toUser);
    }

    public Optional<User> byId(long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(UserRepository::toUser);
    }

    public List<User> active() {
        return dsl.selectFrom(APP_USER).where(APP_USER.ACTIVE.isTrue()).orderBy(APP_USER.DISPLAY_NAME)
                .fetch(UserRepository::toUser);
    }

    public long count() {
        return dsl.fetchCount(APP_USER);
    }

    public long insert(String login, String displayName, Role role, Long actor, Instant now) {
        return insert(login, displayName, role, actor, now, null);
    }

    /** A user an import batch created (a rep named in the file): the batch column finds them again. */
    public long insert(String login, String displayName, Role role, Long actor, Instant now, Long importBatchId) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.IMPORT_BATCH_ID, importBatchId)
                .set(APP_USER.LOGIN, login)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.ROLE, role.code())
                .set(APP_USER.CREATED_AT, now).set(APP_USER.CREATED_BY, actor)
                .set(APP_USER.UPDATED_AT, now).set(APP_USER.UPDATED_BY, actor)
                .returning(APP_USER.ID).fetchOne().getId();
    }

    /** Version-checked update; false when somebody else saved first. */
    public boolean update(long id, int expectedVersion, String displayName, Role role, Long actor, Instant now) {
        return dsl.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.ROLE, role.code())
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.UPDATED_AT, now).set(APP_USER.UPDATED_BY, actor)
                .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    static User toUser(AppUserRecord r) {
        return new User(r.getId(), r.getLogin(), r.getDisplayName(), Role.fromCode(r.getRole()), r.getVersion());
    }
}
