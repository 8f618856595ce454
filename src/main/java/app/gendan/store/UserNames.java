package app.gendan.store;

import static app.gendan.store.generated.Tables.APP_USER;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Every user's display name by id, in one read. A team has a handful of users, so the lists that
 * show an owner per row (Today, alerts) look names up here instead of joining app_user per row,
 * which H2 does as one index probe per row.
 */
final class UserNames {
    private UserNames() {}

    static Map<Long, String> of(DSLContext dsl) {
        Map<Long, String> names = new HashMap<>();
        dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER).forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }
}
