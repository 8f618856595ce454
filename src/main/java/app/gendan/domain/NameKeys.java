package app.gendan.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalised keys used to spot the same customer typed twice: "上海 华信 有限公司", "上海华信"
 * and "上海华信有限公司（总部）" share a name key; "+86 138-0013-8000" and "13800138000" share a
 * phone key.
 */
public final class NameKeys {
    // Legal-form suffixes that people add or leave out at will; longest first.
    private static final List<String> SUFFIXES = List.of(
            "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "公司",
            "coltd", "incorporated", "corporation", "limited", "company", "corp", "gmbh", "inc", "ltd", "llc", "co");

    static final Pattern BRACKETED = Pattern.compile("[(\\[（【][^)\\]）】]*[)\\]）】]");
    static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}\\s\\u3000]+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    /**
     * English legal forms that name different companies: "Contoso GmbH" and "Contoso LLC" are a
     * German and an American firm, while "Contoso" and "Contoso LLC" are one firm typed twice.
     * Chinese forms (有限公司, 股份有限公司…) are left out: people add and drop them at will.
     */
    private static final List<String[]> LEGAL_FORMS = List.of(
            new String[] {"incorporated", "inc"}, new String[] {"corporation", "inc"}, new String[] {"corp", "inc"},
            new String[] {"inc", "inc"}, new String[] {"coltd", "ltd"}, new String[] {"limited", "ltd"},
            new String[] {"ltd", "ltd"}, new String[] {"plc", "plc"}, new String[] {"llc", "llc"},
            new String[] {"gmbh", "gmbh"}, new String[] {"ag", "ag"}, new String[] {"sarl", "sarl"},
            new String[] {"sas", "sas"}, new String[] {"srl", "srl"}, new String[] {"bv", "bv"},
            new String[] {"pteltd", "ltd"}, new String[] {"pvtltd", "ltd"}, new String[] {"company", "co"},
            new String[] {"co", "co"});

    private NameKeys() {}

    /**
     * The English legal form a name ends with, in one spelling per form ("Inc.", "Corp" → "inc";
     * "Co., Ltd." → "ltd"; "B.V." → "bv"), or "" when it names none. Two names with the same
     * {@link #nameKey} are one customer unless both state a legal form and the forms differ.
     */
    public static String legalForm(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (hasOpeningBracket(s)) {
            s = BRACKETED.matcher(s).replaceAll(" ");
        }
        String[] words = PUNCTUATION.split(s.strip());
        int taken = trailingForm(words);
        return taken == 0 ? "" : formOf(String.join("", java.util.Arrays.copyOfRange(words, words.length - taken, words.length)));
    }

    /**
     * How many of the last words spell a legal form: one ("GmbH"), or two or three written apart
     * ("Co., Ltd.", "Pte. Ltd.", "B.V.", "S.A.S."), longest first; 0 when none does. A name is never
     * all form: "Inc" alone is somebody's company name.
     */
    private static int trailingForm(String[] words) {
        for (int taken = Math.min(3, words.length - 1); taken >= 1; taken--) {
            String tail = String.join("", java.util.Arrays.copyOfRange(words, words.length - taken, words.length));
            if (formOf(tail) != null) {
                return taken;
            }
        }
        return 0;
    }

    private static String formOf(String spelled) {
        for (String[] form : LEGAL_FORMS) {
            if (spelled.equals(form[0])) {
                return form[1];
            }
        }
        return null;
    }

    /** Whether two names with one {@link #nameKey} may be the same customer: their legal forms do not differ. */
    public static boolean sameLegalForm(String formA, String formB) {
        return formA.isEmpty() || formB.isEmpty() || formA.equals(formB);
    }

    public static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        // NFKC folds full-width letters, digits and brackets to their ASCII forms.
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // most names have no brackets and no punctuation: spare them the patterns
        if (hasOpeningBracket(s)) {
            s = BRACKETED.matcher(s).replaceAll("");
        }
        if (mayHavePunctuation(s)) {
            // legal forms written as words ("B.V.", "S.A.S.", "plc") go with their words, so that
            // "Van Dijk B.V." and "Van Dijk" share a key while "Mag" keeps its "ag"
            String[] words = PUNCTUATION.split(s.strip());
            int end = words.length;
            for (int taken = trailingForm(words); taken > 0; taken = trailingForm(java.util.Arrays.copyOf(words, end))) {
                end -= taken;
            }
            s = String.join("", java.util.Arrays.copyOf(words, end));
        }
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : SUFFIXES) {
                if (s.length() > suffix.length() && s.endsWith(suffix)) {
                    s = s.substring(0, s.length() - suffix.length());
                    stripped = true;
                    break;
                }
            }
        }
        return s;
    }

    /** Digits only, without a leading China country code; null when fewer than 5 digits remain. */
    public static String phoneKey(String phone) {
        if (phone == null) {
            return null;
        }
        // digits only already (the import stores phones so): nothing to normalise or drop
        String digits = isDigits(phone) ? phone
                : NOT_DIGIT.matcher(Normalizer.normalize(phone, Normalizer.Form.NFKC)).replaceAll("");
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return digits.length() < 5 ? null : digits;
    }

    /** False when {@link #BRACKETED} cannot match: it starts at one of these brackets. */
    static boolean hasOpeningBracket(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '（' || c == '【') {
                return true;
            }
        }
        return false;
    }

    /**
     * False when {@link #PUNCTUATION} cannot match. Errs towards true: any ASCII character
     * but a letter or digit, the ideographic space, Unicode punctuation and surrogates (code
     * points beyond the BMP are left to the pattern).
     */
    static boolean mayHavePunctuation(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (!Character.isLetterOrDigit(c)) {
                    return true;
                }
            } else if (c == '\u3000' || Character.isSurrogate(c) || isPunctuation(Character.getType(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPunctuation(int type) {
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
