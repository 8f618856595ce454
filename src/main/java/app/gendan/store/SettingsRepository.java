package app.gendan.store;

import static app.gendan.store.generated.Tables.APP_SETTING;
import static app.gendan.store.generated.Tables.USER_PREFERENCE;

import java.util.Optional;
import org.jooq.DSLContext;

/** Team-wide settings (e.g. the order-number rule) and per-user preferences. */
public final class SettingsRepository {
    private final DSLContext dsl;

    SettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String key, String value) {
        dsl.mergeInto(APP_SETTING).using(dsl.selectOne())
                .on(APP_SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).values(key, value)
                .execute();
    }

    public Optional<String> userPref(long userId, String key) {
        return dsl.select(USER_PREFERENCE.PREF_VALUE).from(USER_PREFERENCE)
                .where(USER_PREFERENCE.USER_ID.eq(userId).and(USER_PREFERENCE.PREF_KEY.eq(key)))
                .fetchOptional(USER_PREFERENCE.PREF_VALUE);
    }

    public void putUserPref(long userId, String key, String value) {
        dsl.mergeInto(USER_PREFERENCE).using(dsl.selectOne())
                .on(USER_PREFERENCE.USER_ID.eq(userId).and(USER_PREFERENCE.PREF_KEY.eq(key)))
                .whenMatchedThenUpdate().set(USER_PREFERENCE.PREF_VALUE, value)
                .whenNotMatchedThenInsert(USER_PREFERENCE.USER_ID, USER_PREFERENCE.PREF_KEY, USER_PREFERENCE.PREF_VALUE)
                .values(userId, key, value)
                .execute();
    }
}
