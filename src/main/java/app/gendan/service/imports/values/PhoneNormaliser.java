package app.gendan.service.imports.values;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tidies phone numbers: "+86 138-0013-8000" → "13800138000", "(0755)18581778" →
 * "0755-18581778", "400 800 1234" → "400-800-1234", "+1 555 194 1529" → "+15551941529".
 * A cell may hold several numbers ("138…/139…"); extensions are kept ("…转801" → "… ext. 801").
 */
public final class PhoneNormaliser {
    private static final Pattern LABEL = Pattern.compile("^(tel|phone|mobile|手机|电话|座机)[:：]?");
    private static final Pattern PHONE_CHARS = Pattern.compile("[+\\d\\s().-]+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern SPLIT = Pattern.compile("[,;/|、\\n]|或|\\s{2,}");
    private static final Pattern EXTENSION = Pattern.compile("(?:转|分机|ext\\.?|x|#)\\s*(\\d{1,6})$");
    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final Pattern LANDLINE = Pattern.compile("^0\\d{9,11}$");
    private static final Pattern SERVICE = Pattern.compile("^[48]00\\d{7}$");
    private static final Pattern SCIENTIFIC = Pattern.compile("^\\d(\\.\\d+)?e\\+?\\d+$");

    private PhoneNormaliser() {}

    public static Parsed<String> normalise(String raw) {
        if (raw == null) {
            return Parsed.empty();
        }
        if (isMobile(raw)) {
            // "13800138000", most phone cells: the general path below keeps it as it is
            return Parsed.ok(raw);
        }
        return normaliseAnyShape(raw);
    }

    /** {@link #normalise} without the fast path for mobile numbers. */
    static Parsed<String> normaliseAnyShape(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || Placeholders.isPlaceholder(s)) {
            return Parsed.empty();
        }
        if (SCIENTIFIC.matcher(s).matches()) {
            return Parsed.fail("imports.problem.phoneScientific", raw.strip());
        }
        List<String> numbers = new ArrayList<>();
        for (String part : SPLIT.split(s)) {
            if (part.isBlank()) {
                continue;
            }
            String one = one(part.strip());
            if (one == null) {
                return Parsed.fail("imports.problem.badPhone", raw.strip());
            }
            numbers.add(one);
        }
        return numbers.isEmpty() ? Parsed.empty() : Parsed.ok(String.join(", ", numbers));
    }

    /** Whether s matches {@link #MOBILE}: 11 ASCII digits, "1" and 3–9 first. */
    static boolean isMobile(String s) {
        if (s.length() != 11 || s.charAt(0) != '1' || s.charAt(1) < '3' || s.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < 11; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String one(String part) {
        String p = LABEL.matcher(part).replaceAll("").strip();
        String ext = null;
        Matcher e = EXTENSION.matcher(p);
        if (e.find()) {
            ext = e.group(1);
            p = p.substring(0, e.start()).strip();
        }
        boolean plus = p.startsWith("+");
        if (!PHONE_CHARS.matcher(p).matches()) {
            return null;
        }
        String digits = NOT_DIGIT.matcher(p).replaceAll("");
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
            plus = false;
        } else if (plus && digits.startsWith("86")) {
            digits = digits.substring(2);
            plus = false;
        } else if (!plus && digits.length() == 13 && digits.startsWith("861")) {
            digits = digits.substring(2);
        }
        String result;
        if (plus) {
            result = digits.length() >= 7 && digits.length() <= 15 ? "+" + digits : null;
        } else if (MOBILE.matcher(digits).matches()) {
            result = digits;
        } else if (SERVICE.matcher(digits).matches()) {
            result = digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
        } else if (LANDLINE.matcher(digits).matches()) {
            int area = digits.startsWith("01") || digits.startsWith("02") ? 3 : 4;
            result = digits.substring(0, area) + "-" + digits.substring(area);
        } else if (digits.length() >= 5 && digits.length() <= 15) {
            // a local number, or a foreign one written without "+": keep the digits as typed
            result = digits;
        } else {
            result = null;
        }
        return result == null || ext == null ? result : result + " ext. " + ext;
    }
}
