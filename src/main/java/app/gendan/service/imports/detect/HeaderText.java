package app.gendan.service.imports.detect;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises header cells for matching: full-width to half-width, traditional Chinese to
 * simplified ({@link TraditionalChinese}), case, spaces, punctuation,
 * required-field stars, trailing numbers ("备注2") and bracketed units such as "（元）", "(¥)",
 * "[RMB]".
 */
public final class HeaderText {
    private static final Pattern BRACKETED = Pattern.compile("[(\\[{（【〔《<][^)\\]}）】〕》>]*[)\\]}）】〕》>]?");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("(/|单位[:：]?)(万元|千元|元|rmb|cny|usd|¥|￥|\\$)$|(万元|千元|¥|￥|\\$)$");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern COUNTER = Pattern.compile("(?<=\\p{L})\\s?\\d{1,2}$");

    private HeaderText() {}

    /** Compact key: letters and digits only, e.g. "客户名称（全称）" → "客户名称", "Deal Title" → "dealtitle". */
    public static String key(String header) {
        return words(header).replace(" ", "");
    }

    /**
     * False when {@link #key} of {@code text} cannot be {@code key}, decided without the regular
     * expressions: every step of {@link #words} only drops characters of the folded (NFKC, lower-case,
     * simplified) text (or turns them into spaces, which the key drops), so the key's characters must occur
     * in that text in the same order. True means "maybe": compare the keys then.
     */
    public static boolean mayHaveKey(String text, String key) {
        if (key.isEmpty()) {
            return true;
        }
        if (text == null) {
            return false;
        }
        String s = folded(text);
        int k = 0;
        for (int i = 0; i < s.length() && k < key.length(); i++) {
            if (s.charAt(i) == key.charAt(k)) {
                k++;
            }
        }
        return k == key.length();
    }

    /** NFKC, lower case, traditional characters simplified: each character of the text becomes one character. */
    private static String folded(String text) {
        return TraditionalChinese.simplify(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }

    /** Lower-case words separated by single spaces, units and brackets removed. */
    public static String words(String header) {
        if (header == null) {
            return "";
        }
        String s = folded(header).strip();
        s = BRACKETED.matcher(s).replaceAll(" ");
        s = s.replace("*", " ").strip();
        s = UNIT_SUFFIX.matcher(s).replaceAll("").strip();
        s = NOT_WORD.matcher(s).replaceAll(" ").strip();
        // "备注 2", "备注2", "phone 1": a trailing counter does not change what the column holds
        s = COUNTER.matcher(s).replaceAll("").strip();
        return s;
    }

    /** The multiplier a header's unit implies for money: "金额（万元）" → 10000. */
    public static BigDecimal moneyMultiplier(String header) {
        String s = header == null ? "" : Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (s.contains("万元") || s.contains("(万)") || s.contains("万美元")) {
            return BigDecimal.valueOf(10_000);
        }
        if (s.contains("千元") || s.contains("(k)") || s.contains("in thousands") || s.contains("'000")) {
            return BigDecimal.valueOf(1_000);
        }
        return BigDecimal.ONE;
    }

    /** A currency a header names, e.g. "金额(USD)", "Value ($)" or "金額(NT$)"; null when none. */
    public static String currencyHint(String header) {
        String s = header == null ? "" : Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // before "$": NT$ and HK$ are dollars of their own
        if (s.contains("nt$") || s.contains("ntd") || s.contains("twd") || s.contains("台币") || s.contains("臺幣")) {
            return "TWD";
        }
        if (s.contains("hk$") || s.contains("hkd") || s.contains("港币") || s.contains("港元")) {
            return "HKD";
        }
        if (s.contains("usd") || s.contains("美元") || s.contains("$")) {
            return "USD";
        }
        if (s.contains("eur") || s.contains("欧元") || s.contains("€")) {
            return "EUR";
        }
        if (s.contains("rmb") || s.contains("cny") || s.contains("人民币") || s.contains("元") || s.contains("¥")) {
            return "CNY";
        }
        return null;
    }
}
