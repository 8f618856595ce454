package app.gendan.service.imports.map;

import app.gendan.domain.OrderStatus;
import app.gendan.service.imports.StageMatch;
import app.gendan.service.imports.detect.TraditionalChinese;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps status words from trackers and CRM exports to the stages of the default pipeline
 * (需求确认 → 报价 → 合同签订 → 下单 → 生产/采购 → 发货/开票 → 回款 → 售后) or to an outcome.
 * Chinese words are also tried without their aspect markers (已报价, 报价中, 待发货 → 报价, 发货).
 * Words it does not know come back empty, for the user to map; their choices are passed in as
 * overrides and win over the table.
 */
public final class StageWordMapper {
    public static final String NEEDS = "需求确认";
    public static final String QUOTE = "报价";
    public static final String CONTRACT = "合同签订";
    public static final String ORDERED = "下单";
    public static final String PRODUCTION = "生产/采购";
    public static final String SHIPPING = "发货/开票";
    public static final String PAYMENT = "回款";
    public static final String AFTER_SALES = "售后";
    public static final List<String> DEFAULT_STAGES =
            List.of(NEEDS, QUOTE, CONTRACT, ORDERED, PRODUCTION, SHIPPING, PAYMENT, AFTER_SALES);

    static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[\\s_\\-–—]+");
    static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[()（）\\[\\]【】.,，。!！]");
    private static final Map<String, StageMatch> TABLE = new HashMap<>();
    private static final String[] PREFIXES = {"正在", "已经", "等待", "准备", "已", "待", "未", "在"};
    private static final String[] SUFFIXES = {"阶段", "完成", "完毕", "进行中", "中", "了"};

    static {
        stage(NEEDS, "需求确认", "需求", "需求分析", "确认需求", "询价", "咨询", "意向", "有意向", "初步接触", "初次接触", "接触",
                "线索", "潜在", "潜在客户", "新客户", "洽谈", "初步洽谈", "方案", "方案设计", "技术交流", "样品", "送样", "打样",
                "测试", "试用", "立项", "调研", "lead", "new", "new lead", "lead in", "prospect", "prospecting", "qualified",
                "qualification", "qualify", "contact made", "contacted", "discovery", "needs analysis", "needs defined",
                "demo", "demo scheduled", "demo done", "initial contact", "inquiry", "enquiry", "sample", "samples",
                "trial", "evaluation", "interested");
        stage(QUOTE, "报价", "方案报价", "方案", "议价", "比价", "报价单", "投标", "招标", "竞标", "proposal", "proposal made", "proposal sent",
                "quote", "quoted", "quotation", "quote sent", "pricing", "bid", "tender", "rfq");
        stage(CONTRACT, "合同签订", "合同", "签约", "签合同", "签订合同", "合同审核", "合同评审", "盖章", "谈判", "商务谈判",
                "negotiation", "negotiations", "negotiations started", "negotiating", "contract", "contract sent",
                "contract signed", "signing", "verbal commit", "commit", "decision maker bought in");
        stage(ORDERED, "下单", "订单确认", "确认订单", "接单", "订货", "定金", "预付款", "首付款", "ordered", "order", "order placed",
                "order received", "po", "po received", "purchase order", "booked", "order confirmed");
        stage(PRODUCTION, "生产/采购", "生产", "采购", "备货", "排产", "在制", "加工", "制造", "production", "in production",
                "manufacturing", "procurement", "sourcing", "purchasing", "backorder", "back order");
        stage(SHIPPING, "发货/开票", "发货", "出货", "送货", "物流", "运输", "在途", "到货", "签收", "收货", "开票", "发票", "交付",
                "交货", "验收", "安装", "调试", "安装调试", "shipped", "shipping", "delivered", "delivery", "dispatched",
                "in transit", "invoiced", "invoice", "invoice sent", "installed", "installation", "acceptance");
        stage(PAYMENT, "回款", "部分回款", "收款", "付款", "到账", "结款", "尾款", "催款", "对账", "请款", "paid", "payment",
                "payment received", "partially paid", "partial payment", "collected", "collection", "awaiting payment",
                "receivable");
        stage(AFTER_SALES, "售后", "维修", "退换货", "退货", "换货", "质保", "投诉", "维护", "after sales", "aftersales",
                "support", "service", "warranty", "maintenance", "rma", "complaint");
        outcome(OrderStatus.WON, "赢单", "成交", "签单", "完成", "结案", "成功", "中标", "赢", "结单", "won", "closed won",
                "closedwon", "win", "deal won", "success", "successful", "completed", "complete", "done");
        outcome(OrderStatus.LOST, "丢单", "输单", "流失", "失败", "未中标", "落标", "放弃", "无效", "终止", "丢失", "失单",
                "lost", "closed lost", "closedlost", "dead", "disqualified", "unqualified", "no deal", "rejected",
                "declined", "failed", "lost deal", "churned");
        outcome(OrderStatus.CANCELLED, "取消", "作废", "撤单", "撤销", "cancelled", "canceled", "void", "abandoned");
        outcome(OrderStatus.OPEN, "进行中", "跟进中", "正常", "open", "active", "pending", "in progress", "ongoing");
        // words about the call or visit, not the order: the follow-up's result (the most common status of a 跟进表)
        result("待回访", "已回访", "回访", "需回访", "待跟进", "继续跟进", "再跟进", "需跟进", "待联系", "已联系", "再联系", "未接通",
                "无人接听", "未接", "已发资料", "约见", "已约见", "考虑中", "观望", "暂缓", "暂无需求", "无意向", "没有意向",
                "attempted", "connected", "left voicemail", "voicemail", "no answer", "meeting booked", "call back",
                "callback", "follow up", "not interested", "left message", "busy", "wrong number");
    }

    /** Distinct words remembered per mapper; a file has few status words but says them on every row. */
    private static final int MEMO_LIMIT = 10_000;

    private final Map<String, StageMatch> overrides;
    /** What {@link #map} gave per word; a mapper serves the rows of one sheet on one thread. */
    private final Map<String, Optional<StageMatch>> memo = new HashMap<>();

    public StageWordMapper() {
        this(Map.of());
    }

    /** @param overrides the user's own meanings for words, keyed by the word as it appears in the file */
    public StageWordMapper(Map<String, StageMatch> overrides) {
        Map<String, StageMatch> m = new HashMap<>();
        overrides.forEach((w, s) -> m.put(key(w), s));
        this.overrides = Map.copyOf(m);
    }

    public Optional<StageMatch> map(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        Optional<StageMatch> known = memo.get(word);
        if (known == null) {
            known = lookup(word).map(m -> m.result() != null ? StageMatch.followUpResult(word.strip()) : m);
            if (memo.size() < MEMO_LIMIT) {
                memo.put(word, known);
            }
        }
        return known;
    }

    private Optional<StageMatch> lookup(String word) {
        String k = key(word);
        StageMatch m = overrides.get(k);
        if (m == null) {
            m = TABLE.get(k);
        }
        if (m == null) {
            m = withoutMarkers(k);
        }
        return Optional.ofNullable(m);
    }

    private static StageMatch withoutMarkers(String k) {
        boolean negated = k.startsWith("未") || k.startsWith("没") || k.startsWith("不");
        for (String prefix : PREFIXES) {
            String stem = k.startsWith(prefix) ? k.substring(prefix.length()) : k;
            StageMatch m = lookupWithSuffixes(stem);
            if (m != null) {
                // "未成交" is not a win and "未发货" is still before shipping: only stages survive a negation
                return negated && m.stageName() == null ? null : m;
            }
        }
        return null;
    }

    private static StageMatch lookupWithSuffixes(String stem) {
        if (stem.isEmpty()) {
            return null;
        }
        StageMatch m = TABLE.get(stem);
        if (m != null) {
            return m;
        }
        for (String suffix : SUFFIXES) {
            if (stem.endsWith(suffix) && stem.length() > suffix.length()) {
                m = TABLE.get(stem.substring(0, stem.length() - suffix.length()));
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Words whose meaning is "the follow-up's result" (see {@link StageMatch#followUpResult}); the file's word is filled in by {@link #map}. */
    private static void result(String... words) {
        for (String w : words) {
            TABLE.put(key(w), StageMatch.followUpResult(""));
        }
    }

    private static void stage(String name, String... words) {
        for (String w : words) {
            TABLE.put(key(w), StageMatch.stage(name));
        }
    }

    private static void outcome(OrderStatus status, String... words) {
        for (String w : words) {
            TABLE.put(key(w), StageMatch.outcome(status));
        }
    }

    static String key(String s) {
        // 報價中 and 报价中 are the same word
        String k = TraditionalChinese.simplify(Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT));
        // the patterns only when they would change something: most words are one word
        if (hasDashes(k)) {
            k = DASHES.matcher(k).replaceAll(" ");
        }
        if (hasPunctuation(k)) {
            k = PUNCTUATION.matcher(k).replaceAll("");
        }
        k = k.strip();
        // Chinese words carry no spaces; English ones keep single spaces between words
        for (int i = 0; i < k.length(); i++) {
            if (k.charAt(i) > 0x2E80) {
                return k.replace(" ", "");
            }
        }
        return k;
    }

    /** Whether {@link #DASHES} changes k: it turns every run of its characters into one space. */
    static boolean hasDashes(String k) {
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (c == ' ') {
                if (i + 1 < k.length() && isDash(k.charAt(i + 1))) {
                    return true;
                }
            } else if (isDash(c)) {
                return true;
            }
        }
        return false;
    }

    // DASHES: \s is [ \t\n\x0B\f\r]
    private static boolean isDash(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '_' || c == '-' || c == '–'
                || c == '—';
    }

    static boolean hasPunctuation(String k) {
        for (int i = 0; i < k.length(); i++) {
            if ("()（）[]【】.,，。!！".indexOf(k.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
