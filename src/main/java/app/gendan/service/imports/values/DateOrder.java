package app.gendan.service.imports.values;

import java.text.Normalizer;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How to read "03/04/2024": month first (US exports) or day first (UK/European). */
public enum DateOrder {
    MONTH_FIRST, DAY_FIRST,
    /** Not known: month first, with a warning on each date that could be read both ways. */
    UNKNOWN;

    private static final Pattern SLASHED = Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})\\b");

    /** Decides from sample values: a first part above 12 proves day-first, a second part above 12 month-first. */
    public static DateOrder infer(Collection<String> samples, DateOrder fallback) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (String s : samples) {
            Matcher m = SLASHED.matcher(Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).strip());
            if (m.find()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                dayFirst |= a > 12 && b <= 12;
                monthFirst |= b > 12 && a <= 12;
            }
        }
        if (dayFirst != monthFirst) {
            return dayFirst ? DAY_FIRST : MONTH_FIRST;
        }
        return fallback;
    }
}
