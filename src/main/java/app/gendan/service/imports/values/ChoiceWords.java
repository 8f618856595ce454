package app.gendan.service.imports.values;

import app.gendan.domain.Priority;
import app.gendan.service.imports.Severity;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Words for the small closed lists: priority, follow-up method, customer grade and currency. */
public final class ChoiceWords {
    private static final java.util.regex.Pattern THREE_LETTERS = java.util.regex.Pattern.compile("[A-Za-z]{3}");
    private static final Map<String, Priority> PRIORITY = new HashMap<>();
    private static final Map<String, String> METHOD = new HashMap<>();
    private static final Map<String, String> GRADE = new HashMap<>();
    private static final Map<String, String> CURRENCY = new HashMap<>();

    static {
        put(PRIORITY, Priority.HIGH, "高", "紧急", "重要", "急", "加急", "特急", "非常重要", "高优先级", "优先", "high", "urgent",
                "critical", "important", "p1", "h", "★★★", "***");
        put(PRIORITY, Priority.NORMAL, "中", "普通", "一般", "正常", "中等", "normal", "medium", "mid", "moderate", "p2", "m",
                "★★", "**");
        put(PRIORITY, Priority.LOW, "低", "不急", "次要", "低优先级", "low", "minor", "p3", "l", "★", "*");
        put(METHOD, "phone", "电话", "打电话", "致电", "来电", "去电", "电联", "手机", "phone", "call", "phone call",
                "telephone", "tel");
        put(METHOD, "email", "邮件", "邮箱", "电邮", "电子邮件", "email", "e-mail", "mail");
        put(METHOD, "visit", "面访", "拜访", "上门", "见面", "面谈", "会议", "当面", "来访", "到访", "实地拜访", "展会",
                "visit", "meeting", "onsite", "on-site", "in person", "site visit", "demo");
        put(METHOD, "wechat", "微信", "企业微信", "企微", "wechat", "weixin", "wx");
        put(METHOD, "other", "其他", "其它", "短信", "qq", "钉钉", "视频", "视频会议", "other", "sms", "text", "video",
                "zoom", "teams", "whatsapp", "linkedin");
        put(GRADE, "A", "a", "a类", "a级", "重要客户", "重点客户", "大客户", "vip", "key", "key account", "核心客户", "一级");
        put(GRADE, "B", "b", "b类", "b级", "普通客户", "一般客户", "中等客户", "二级", "regular");
        put(GRADE, "C", "c", "c类", "c级", "小客户", "潜在客户", "三级", "minor", "small");
        put(CURRENCY, "CNY", "cny", "rmb", "人民币", "元", "¥", "yuan", "renminbi");
        put(CURRENCY, "USD", "usd", "us$", "$", "美元", "美金", "dollar", "us dollar");
        put(CURRENCY, "EUR", "eur", "€", "欧元", "euro");
        put(CURRENCY, "GBP", "gbp", "£", "英镑", "pound");
        put(CURRENCY, "JPY", "jpy", "日元", "円", "yen");
        put(CURRENCY, "HKD", "hkd", "hk$", "港币", "港元");
    }

    private ChoiceWords() {}

    private static <T> void put(Map<String, T> map, T value, String... words) {
        for (String w : words) {
            map.put(key(w), value);
        }
    }

    static String key(String s) {
        String k = Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        // the pattern only when it changes something (the same fold as the planner's keys)
        return SpaceFold.changes(k) ? SpaceFold.SPACES.matcher(k).replaceAll(" ") : k;
    }

    public static Parsed<Priority> priority(String raw) {
        return lookup(PRIORITY, raw, "imports.problem.unknownPriority");
    }

    /** A follow-up method code: phone, email, visit, wechat or other. Unknown words become "other". */
    public static Parsed<String> followUpMethod(String raw) {
        Parsed<String> p = lookup(METHOD, raw, null);
        if (p.value() == null && raw != null && !raw.isBlank() && !Placeholders.isPlaceholder(key(raw))) {
            return Parsed.note("other", Severity.INFO, "imports.problem.methodAsOther", raw.strip());
        }
        return p;
    }

    public static Parsed<String> grade(String raw) {
        return lookup(GRADE, raw, "imports.problem.unknownGrade");
    }

    /** An ISO currency code; any other three-letter code is taken as written. */
    public static Parsed<String> currency(String raw) {
        Parsed<String> p = lookup(CURRENCY, raw, null);
        if (p.value() == null && raw != null && THREE_LETTERS.matcher(raw.strip()).matches()) {
            return Parsed.ok(raw.strip().toUpperCase(Locale.ROOT));
        }
        if (p.value() == null && raw != null && !raw.isBlank()) {
            return Parsed.fail("imports.problem.unknownCurrency", raw.strip());
        }
        return p;
    }

    private static <T> Parsed<T> lookup(Map<String, T> map, String raw, String failKey) {
        if (raw == null || raw.isBlank()) {
            return Parsed.empty();
        }
        String k = key(raw);
        if (Placeholders.isPlaceholder(k)) {
            return Parsed.empty();
        }
        T v = map.get(k);
        if (v != null) {
            return Parsed.ok(v);
        }
        return failKey == null ? Parsed.empty() : Parsed.fail(failKey, raw.strip());
    }
}
