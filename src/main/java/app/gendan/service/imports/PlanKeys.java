package app.gendan.service.imports;

import java.text.Normalizer;
import java.util.Locale;

/** Normalised texts rows are matched by: order titles, contact and owner names, order numbers. */
final class PlanKeys {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private PlanKeys() {}

    /** Case, width and spacing folded: "Initech – Pilot  #5" and "initech – pilot #5" match. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    static String orderNo(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }

    /** Cuts a text to the width of its column, so one long cell cannot fail a whole import. */
    static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
