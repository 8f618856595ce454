package app.gendan.domain.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names of the default pipeline (标准跟单流程 / Standard follow-up, its stages and their SOP
 * checklists) in the reader's language. The database keeps the message key a default name came
 * from beside the text it was written in; until the team renames it, each reader sees the key's
 * text in their own language, so colleagues sharing a file each read their own. A renamed name
 * has no key and reads the same for everyone.
 *
 * <p>A checklist item's key is its message key and its place in that message's {@code |}-separated
 * list: {@code pipeline.default.stage.1.checklist#0}.
 */
public final class DefaultNames {
    public static final String PIPELINE = "pipeline.default.name";
    public static final String WON = "pipeline.default.won";
    public static final String LOST = "pipeline.default.lost";
    /** How many open stages the default pipeline has. */
    public static final int STAGES = 8;

    /** Names as they were written, untranslated. */
    public static final DefaultNames AS_STORED = new DefaultNames(null);

    private final Messages messages;

    private DefaultNames(Messages messages) {
        this.messages = messages;
    }

    /** Keyed names in the language of {@code messages}. */
    public static DefaultNames in(Messages messages) {
        return new DefaultNames(messages);
    }

    /** Keyed names in {@code locale} (Chinese or English). */
    public static DefaultNames in(Locale locale) {
        return new DefaultNames(new Messages(locale));
    }

    /** The language names are shown in; null when as stored. */
    public Locale locale() {
        return messages == null ? null : messages.locale();
    }

    /** The key of the n-th open default stage (from 1). */
    public static String stage(int n) {
        return "pipeline.default.stage." + n;
    }

    /** The key of the i-th checklist item (from 0) of the n-th open default stage (from 1). */
    public static String checklistItem(int n, int i) {
        return stage(n) + ".checklist#" + i;
    }

    /** The checklist items of the n-th open default stage in the language of {@code m}. */
    public static List<String> checklist(Messages m, int n) {
        List<String> out = new ArrayList<>();
        for (String item : m.get(stage(n) + ".checklist").split("\\|")) {
            if (!item.isBlank()) {
                out.add(item.trim());
            }
        }
        return out;
    }

    /** What a reader sees: the key's text in this language, else the stored name. */
    public String name(String key, String stored) {
        if (key == null || messages == null) {
            return stored;
        }
        String text = text(messages, key);
        return text == null ? stored : text;
    }

    /** The text of {@code key} in the language of {@code m}, null when there is none. */
    public static String text(Messages m, String key) {
        int hash = key.indexOf('#');
        if (hash < 0) {
            return m.has(key) ? m.get(key) : null;
        }
        String list = key.substring(0, hash);
        if (!m.has(list)) {
            return null;
        }
        try {
            int n = Integer.parseInt(key.substring(hash + 1));
            String[] items = m.get(list).split("\\|");
            return n >= 0 && n < items.length && !items[n].isBlank() ? items[n].trim() : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The texts of {@code key} in every language Gendan speaks (for matching words typed in either). */
    public static List<String> everyLanguage(String key) {
        // an import asks once per row whose stage word is not a stage's name: the bundles are read once per key
        return EVERY_LANGUAGE.computeIfAbsent(key, DefaultNames::readEveryLanguage);
    }

    private static final java.util.Map<String, List<String>> EVERY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> readEveryLanguage(String key) {
        List<String> out = new ArrayList<>();
        for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            String t = text(new Messages(l), key);
            if (t != null && !out.contains(t)) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }
}
