package app.gendan.service.imports.plan;

import app.gendan.service.imports.values.SpaceFold;
import java.text.Normalizer;
import java.util.Locale;

/** Normalised texts rows are matched by: order titles, contact and owner names, order numbers. */
final class PlanKeys {
    private PlanKeys() {}

    /** Case, width and spacing folded: "Initech – Pilot  #5" and "initech – pilot #5" match. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        // the pattern only when it changes something: single spaces stay as they are
        return SpaceFold.changes(t) ? SpaceFold.SPACES.matcher(t).replaceAll(" ") : t;
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
