package app.gendan.domain.i18n;

import java.util.Locale;
import java.util.Map;

/**
 * Which language the user asked the operating system for. Java derives its default locale from
 * the OS, but on Linux only from a locale that is installed: with {@code LANG=zh_CN.UTF-8} and no
 * zh_CN locale on the machine, Java falls back to English. The POSIX variables are therefore read
 * here as well (LC_ALL before LC_MESSAGES before LANG, as the C library reads them) and win over
 * Java's English fallback; a non-English Java default (set on purpose) is kept.
 */
public final class Languages {
    private static final String[] VARIABLES = {"LC_ALL", "LC_MESSAGES", "LANG"};

    private Languages() {}

    /** The supported language (zh_CN or en) for this process: the OS setting, read as {@link #resolve} says. */
    public static Locale ofSystem() {
        return Messages.supported(resolve(System.getenv(), Locale.getDefault()));
    }

    /**
     * The locale the user asked for: Java's default, unless that is English (Java's fallback when the OS
     * locale is missing) while the POSIX variables in {@code env} name another language.
     */
    public static Locale resolve(Map<String, String> env, Locale javaDefault) {
        Locale posix = posix(env);
        if (posix == null) {
            return javaDefault;
        }
        boolean javaFellBack = javaDefault == null || javaDefault.getLanguage().isEmpty()
                || "en".equals(javaDefault.getLanguage());
        return javaFellBack && !posix.getLanguage().equals(javaDefault == null ? "" : javaDefault.getLanguage())
                ? posix : javaDefault;
    }

    /** How the local settings keep a language: zh_CN or en. */
    public static String code(Locale locale) {
        return "zh".equals(Messages.supported(locale).getLanguage()) ? "zh_CN" : "en";
    }

    /** The locale the POSIX variables name (the first one set decides), null when none or C/POSIX. */
    static Locale posix(Map<String, String> env) {
        for (String v : VARIABLES) {
            String value = env.get(v);
            if (value != null && !value.isBlank()) {
                return parse(value.strip());
            }
        }
        return null;
    }

    /** "zh_CN.UTF-8@euro" → zh_CN; "C", "POSIX", "C.UTF-8" → null. */
    static Locale parse(String value) {
        String s = value;
        int cut = indexOfAny(s, '.', '@');
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        if (s.isEmpty() || "C".equals(s) || "POSIX".equals(s)) {
            return null;
        }
        String[] parts = s.split("[_-]", 3);
        String language = parts[0].toLowerCase(Locale.ROOT);
        if (!language.matches("[a-z]{2,3}")) {
            return null;
        }
        return parts.length > 1 ? Locale.of(language, parts[1].toUpperCase(Locale.ROOT)) : Locale.of(language);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
