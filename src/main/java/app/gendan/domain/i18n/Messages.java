package app.gendan.domain.i18n;

import app.gendan.domain.GendanException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way user-facing text is looked up: bundles {@code i18n/messages} (shared, CLI,
 * errors), {@code i18n/ui} (screens), {@code i18n/imports} (import and export) and
 * {@code i18n/backups} (backup and restore), in zh_CN or en.
 * Patterns are {@link MessageFormat}s, so a literal apostrophe is written twice. A missing key shows as the key
 * itself rather than failing; a test checks that every key exists in every language.
 */
public final class Messages {
    public static final String[] BUNDLES = {"i18n/messages", "i18n/ui", "i18n/imports", "i18n/backups"};

    private final Locale locale;
    private final ResourceBundle[] bundles;

    public Messages(Locale locale) {
        this.locale = supported(locale);
        this.bundles = new ResourceBundle[BUNDLES.length];
        for (int i = 0; i < BUNDLES.length; i++) {
            bundles[i] = ResourceBundle.getBundle(BUNDLES[i], this.locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
        }
    }

    /** Chinese for any Chinese locale, English otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public Locale locale() { return locale; }

    public boolean has(String key) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    public String get(String key, Object... args) {
        for (ResourceBundle b : bundles) {
            try {
                String pattern = b.getString(key);
                return new MessageFormat(pattern, locale).format(localised(args));
            } catch (MissingResourceException ignored) {
                // try the next bundle
            }
        }
        return key;
    }

    /** Arguments that are texts of their own ({@link MessageRef}) in this language. */
    private Object[] localised(Object[] args) {
        Object[] out = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof MessageRef ref) {
                if (out == args) {
                    out = args.clone();
                }
                out[i] = get(ref.key(), ref.args());
            }
        }
        return out;
    }

    public String of(GendanException e) {
        return get(e.messageKey(), e.args());
    }
}
