package app.gendan.service.imports;

import java.text.Normalizer;
import java.util.Locale;

/** Normalised texts rows are matched by: order titles, contact and owner names, order numbers. */
final class PlanKeys {
    static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private PlanKeys() {}

    /** Case, width and spacing folded: "Initech – Pilot  #5" and "initech – pilot #5" match. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        // the pattern only when it changes something: single spaces stay as they are
        return foldsSpaces(t) ? SPACES.matcher(t).replaceAll(" ") : t;
    }

    /** Whether {@link #SPACES} changes t: a white space other than " ", or two in a row. */
    static boolean foldsSpaces(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                if (i + 1 < t.length() && isSpace(t.charAt(i + 1))) {
                    return true;
                }
            } else if (isSpace(c)) {
                return true;
            }
        }
        return false;
    }

    // \s is [ \t\n\x0B\f\r]
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
