package app.gendan.service.imports.values;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and tidies an e-mail address (trims "mailto:", lower-cases it). */
public final class EmailParser {
    private static final Pattern EMAIL = Pattern.compile("^[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}$");

    private EmailParser() {}

    public static Parsed<String> parse(String raw) {
        if (raw == null) {
            return Parsed.empty();
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || Placeholders.isPlaceholder(s)) {
            return Parsed.empty();
        }
        if (s.startsWith("mailto:")) {
            s = s.substring(7);
        }
        return EMAIL.matcher(s).matches() ? Parsed.ok(s) : Parsed.fail("imports.problem.badEmail", raw.strip());
    }
}
