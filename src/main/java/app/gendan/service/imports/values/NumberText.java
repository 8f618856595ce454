package app.gendan.service.imports.values;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads the number inside a cleaned-up amount or quantity: thousands separators (12,800 or
 * 12 800), a decimal comma when that is the only reading (1.234,56 or 12,5), a minus sign or
 * accounting brackets, and the multipliers 万, 千, 亿, k, m, w.
 */
final class NumberText {
    private static final Pattern GROUPED_COMMA = Pattern.compile("^\\d{1,3}(,\\d{3})+(\\.\\d+)?$");
    private static final Pattern GROUPED_DOT = Pattern.compile("^\\d{1,3}(\\.\\d{3}){2,}(,\\d+)?$");
    private static final Pattern PLAIN = Pattern.compile("^\\d+(\\.\\d+)?$|^\\.\\d+$");

    static final Pattern SEPARATORS = Pattern.compile("[\\s'’_]");

    private NumberText() {}

    /** The number, or null when the text is not one. Input is NFKC-normalised, lower case. */
    static BigDecimal parse(String s) {
        if (isPlainDecimal(s)) {
            // what the steps below come to for "12800" or "213491.64", without regular expressions
            return new BigDecimal(s);
        }
        return parseAnyShape(s);
    }

    /** {@link #parse} without the fast path for plain decimals. */
    static BigDecimal parseAnyShape(String s) {
        String t = hasSeparator(s) ? SEPARATORS.matcher(s).replaceAll("") : s;
        boolean negative = false;
        if (t.startsWith("(") && t.endsWith(")")) {
            negative = true;
            t = t.substring(1, t.length() - 1);
        }
        if (t.startsWith("-") || t.startsWith("−") || t.startsWith("–") || t.startsWith("负")) {
            negative = !negative;
            t = t.substring(1);
        } else if (t.endsWith("-")) {
            negative = true;
            t = t.substring(0, t.length() - 1);
        } else if (t.startsWith("+")) {
            t = t.substring(1);
        }
        BigDecimal multiplier = BigDecimal.ONE;
        if (t.endsWith("亿")) {
            multiplier = BigDecimal.valueOf(100_000_000);
        } else if (t.endsWith("万") || t.endsWith("w")) {
            multiplier = BigDecimal.valueOf(10_000);
        } else if (t.endsWith("千") || t.endsWith("k")) {
            multiplier = BigDecimal.valueOf(1_000);
        } else if (t.endsWith("mn") || t.endsWith("m")) {
            multiplier = BigDecimal.valueOf(1_000_000);
        }
        if (multiplier.compareTo(BigDecimal.ONE) != 0) {
            t = t.substring(0, t.length() - (t.endsWith("mn") ? 2 : 1));
        }
        String digits = digits(t);
        if (digits == null) {
            return null;
        }
        BigDecimal value = new BigDecimal(digits).multiply(multiplier);
        if (multiplier.compareTo(BigDecimal.ONE) != 0) {
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }
        return negative ? value.negate() : value;
    }

    /** Whether s is ASCII digits with at most one decimal point inside or in front: {@link #PLAIN}. */
    static boolean isPlainDecimal(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == n) {
            return n > 0;
        }
        if (s.charAt(i) != '.' || i == n - 1) {
            return false;
        }
        for (int j = i + 1; j < n; j++) {
            if (s.charAt(j) < '0' || s.charAt(j) > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean hasSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // SEPARATORS: \s is [ \t\n\x0B\f\r]
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\'' || c == '’'
                    || c == '_') {
                return true;
            }
        }
        return false;
    }

    private static String digits(String t) {
        if (t.isEmpty()) {
            return null;
        }
        if (PLAIN.matcher(t).matches()) {
            return t;
        }
        if (GROUPED_COMMA.matcher(t).matches()) {
            return t.replace(",", "");
        }
        if (GROUPED_DOT.matcher(t).matches()) {
            return t.replace(".", "").replace(',', '.');
        }
        int comma = t.lastIndexOf(',');
        int dot = t.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            // both used: the last one is the decimal mark
            String cleaned = comma > dot ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
            return PLAIN.matcher(cleaned).matches() ? cleaned : null;
        }
        if (comma >= 0 && t.indexOf(',') == comma && t.length() - comma - 1 <= 2 && t.length() - comma - 1 > 0) {
            String cleaned = t.replace(',', '.');
            return PLAIN.matcher(cleaned).matches() ? cleaned : null;
        }
        return null;
    }
}
