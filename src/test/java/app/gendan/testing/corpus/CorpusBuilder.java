package app.gendan.testing.corpus;

import static app.gendan.testing.corpus.Cell.fmt;
import static app.gendan.testing.corpus.Cell.formula;
import static app.gendan.testing.corpus.Pools.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the tracker corpus into src/test/resources/corpus/: order lists and follow-up logs the way
 * reps, Excel, WPS, ERPs and CRMs leave them, with src/test/resources/corpus/expected.json holding
 * the facts an import must find in each. Each tracker is one method below; every one draws from its
 * own fixed seed, so running this again writes the same rows.
 *
 * <p>Run from the project folder: {@code java -cp target/test-classes:<test classpath>
 * app.gendan.testing.corpus.CorpusBuilder [dir]}.
 */
public final class CorpusBuilder {
    /** The follow-up words of Chinese trackers, in the order a customer usually moves through them. */
    static final String[] ZH_PATH = {"待回访", "跟进中", "有意向", "已报价", "谈判中", "签约中", "已成交"};
    static final String[] ZH_ORDER_PATH = {"跟进中", "已报价", "谈判中", "签约中", "已成交"};
    static final String[] SF_PATH = {"Prospecting", "Qualification", "Needs Analysis", "Proposal/Price Quote",
            "Negotiation/Review", "Closed Won"};
    static final String[] CRM_ZH_PATH = {"初步接触", "需求分析", "方案报价", "商务谈判", "赢单"};

    private final List<Tracker> trackers = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
        Files.createDirectories(dir);
        CorpusBuilder b = new CorpusBuilder();
        b.build();
        Map<String, Object> expected = new LinkedHashMap<>();
        for (Tracker t : b.trackers) {
            TrackerWriter.write(t, dir);
            expected.put(t.file, t.facts());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("expected.json").toFile(), expected);
        System.out.println(b.trackers.size() + " trackers written to " + dir);
    }

    private void build() {
        yearlyFollowUpLog();
        visitsPerRepWithGroupHeaders();
        monthlyOrderSheets();
        oldXlsOrderDetails();
        fxiaokeOpportunityExport();
        xiaoshouyiOpportunityCsv();
        salesforceOpportunityReport();
        hubspotDealsExport();
        europeanSemicolonOrders();
        gbkOrderTracker();
        gb18030FollowUps();
        excelUnicodeTextFollowUps();
        big5TaiwanOrders();
        erpPipeOrderLines();
        serialNumberDates();
        quarterlyFollowUpsAcrossYears();
        englishTrackerHeaderOnLine5();
        englishCallLog();
        englishWeeklyPerRep();
        wpsQuoteTracker();
        paymentTracking();
        tradeShowLeads();
        dailyReportPerMonth();
        legacyXlsOpenAndClosed();
        projectsInWan();
        crmActivityTsv();
        ukOrderBook();
        fxiaokeFollowUpRecords();
    }

    /** The model part of "伺服电机 MS-750W"; a product without one is written whole. */
    private static String model(String product) {
        int space = product.lastIndexOf(' ');
        return space < 0 ? product : product.substring(space + 1);
    }

    private Tracker add(Tracker t) {
        trackers.add(t);
        return t;
    }

    private static Random seed(String name) {
        return new Random(20_241_231L ^ name.hashCode());
    }

    /** Where a follow-up log's customers stand: an index into the path, or -1 once they said no. */
    private static final class Progress {
        private final Map<String, Integer> at = new HashMap<>();

        String next(Random r, String customer, String[] path, String lost) {
            Integer i = at.get(customer);
            if (i == null) {
                i = r.nextInt(2);
            } else if (i >= 0 && i < path.length - 1) {
                if (r.nextInt(12) == 0) {
                    i = -1;
                } else if (r.nextInt(5) < 2) {
                    i++;
                }
            }
            at.put(customer, i);
            return i < 0 ? lost : path[i];
        }
    }

    /** Contacts in date order: every customer at least once, a few of them many times. */
    private record Visit(LocalDate date, String customer) {}

    private static List<Visit> visits(Random r, List<String> customers, int rows, LocalDate from, LocalDate to) {
        List<Visit> v = new ArrayList<>();
        for (String c : customers) {
            v.add(new Visit(day(r, from, to), c));
        }
        while (v.size() < rows) {
            int skewed = r.nextInt(r.nextInt(customers.size()) + 1);
            v.add(new Visit(day(r, from, to), customers.get(skewed)));
        }
        v.sort(Comparator.comparing(Visit::date));
        return v;
    }

    private static Map<String, String[]> contacts(Random r, List<String> customers) {
        Map<String, String[]> m = new HashMap<>();
        for (String c : customers) {
            m.put(c, new String[] {zhPerson(r), mobile(r)});
        }
        return m;
    }

    // ---------------------------------------------------------------- follow-up logs, Chinese

    private void yearlyFollowUpLog() {
        Random r = seed("yearly");
        Tracker t = add(new Tracker("2024年度销售跟进表.xlsx", "follow-ups", "zh", "xlsx")).unmapped("序号", "备用字段")
                .notes("title, a note and a blank line above the header (row 4); one row per contact, no order numbers;"
                        + " 联系人 holds name and mobile in one cell; 日期 is a date cell shown yyyy/m/d; two 下次跟进时间 are '下周'");
        Tracker.Sheet s = t.sheet("跟进记录");
        s.line("2024年度销售跟进表").merge(0, 10);
        s.line("销售二部　制表：孙丽　更新至2024-12-31");
        s.blank();
        s.header("序号", "日期", "客户名称", "联系人", "沟通方式", "跟进内容", "客户反馈", "状态", "下次跟进时间", "负责人", "备用字段");
        List<String> customers = zhCompanies(r, 45);
        Map<String, String[]> people = contacts(r, customers);
        Map<String, String> owner = new HashMap<>();
        customers.forEach(c -> owner.put(c, pick(r, OWNERS)));
        Progress p = new Progress();
        int n = 0;
        for (Visit v : visits(r, customers, 220, LocalDate.of(2024, 1, 3), LocalDate.of(2024, 12, 28))) {
            n++;
            String status = p.next(r, v.customer(), ZH_PATH, r.nextBoolean() ? "无意向" : "已流失");
            Object next;
            if (n == 57 || n == 160) {
                next = "下周";
            } else if (status.equals("已成交") || status.equals("已流失") || status.equals("无意向")) {
                next = null;
            } else {
                LocalDate d = v.date().plusDays(3 + r.nextInt(12));
                t.date(d);
                next = fmt(d, "yyyy/m/d");
            }
            String[] who = people.get(v.customer());
            s.data(n, fmt(v.date(), "yyyy/m/d"), v.customer(), who[0] + " " + who[1], pick(r, METHODS), pick(r, FU_TEXT),
                    pick(r, FEEDBACK), status, next, owner.get(v.customer()), r.nextInt(15) == 0 ? "老客户介绍" : null);
            t.date(v.date());
            t.customer(v.customer());
            t.followUp();
            t.customerStage(v.customer(), status);
        }
    }

    private void visitsPerRepWithGroupHeaders() {
        Random r = seed("visits");
        Tracker t = add(new Tracker("客户拜访记录-华东区.xlsx", "follow-ups", "zh", "xlsx")).unmapped("客户规模", "备用字段")
                .notes("one sheet per rep; merged group headers 客户信息/拜访信息/后续跟进/其他 on row 1 above the field"
                        + " headers on row 2; dates shown as 2024年3月15日; 拜访形式/拜访纪要/进展 wording; a few phones are"
                        + " unreadable (空号, 138****5678, letters)");
        String[] reps = {"王磊", "陈静", "刘洋"};
        String[] industries = {"制造业", "医疗", "食品饮料", "汽车", "电子", "物流", "教育"};
        String[] sources = {"老客户介绍", "展会", "官网咨询", "电话陌拜", "阿里巴巴", "招投标"};
        String[] sizes = {"50人以下", "50-200人", "200-1000人", "1000人以上"};
        String[] badPhones = {"空号", "138****5678", "1391234567O"};
        int bad = 0;
        for (String rep : reps) {
            Tracker.Sheet s = t.sheet(rep);
            s.line("客户信息", null, null, null, "拜访信息", null, null, "后续跟进", null, null, "其他", null, null);
            s.merge(0, 3).merge(4, 6).merge(7, 9).merge(10, 12);
            s.header("客户名称", "联系人", "电话", "行业", "拜访日期", "拜访形式", "拜访纪要", "进展", "下一步", "计划日期", "客户来源",
                    "客户规模", "备用字段");
            List<String> customers = zhCompanies(r, 18 + r.nextInt(8));
            Map<String, String[]> people = contacts(r, customers);
            Map<String, String> ind = new HashMap<>();
            customers.forEach(c -> ind.put(c, pick(r, industries)));
            Progress p = new Progress();
            for (Visit v : visits(r, customers, 60 + r.nextInt(30), LocalDate.of(2024, 2, 19), LocalDate.of(2024, 11, 29))) {
                String status = p.next(r, v.customer(), ZH_PATH, "无意向");
                String[] who = people.get(v.customer());
                String phone = r.nextInt(30) == 0 && bad < badPhones.length ? badPhones[bad++] : who[1];
                LocalDate plan = v.date().plusDays(7 + r.nextInt(14));
                boolean open = !status.equals("已成交") && !status.equals("无意向");
                s.data(v.customer(), who[0], phone, ind.get(v.customer()), fmt(v.date(), "yyyy\"年\"m\"月\"d\"日\""),
                        pick(r, new String[] {"上门拜访", "电话", "视频会议", "客户来访"}), pick(r, FU_TEXT), status,
                        open ? pick(r, NEXT) : null, open ? fmt(plan, "yyyy\"年\"m\"月\"d\"日\"") : null, pick(r, sources),
                        pick(r, sizes), r.nextInt(20) == 0 ? "需总部审批" : null);
                t.customer(v.customer());
                t.followUp();
                t.date(v.date());
                if (open) {
                    t.date(plan);
                }
                t.customerStage(v.customer(), status);
            }
        }
    }

    // ---------------------------------------------------------------- order lists, Chinese

    private void monthlyOrderSheets() {
        Random r = seed("monthly");
        Tracker t = add(new Tracker("订单跟踪表-2024上半年.xlsx", "orders", "zh", "xlsx")).amountColumn("金额")
                .notes("one sheet per month 2024年1月..2024年6月; an open order appears again in the next month's sheet"
                        + " with a later 当前环节; 更新日期 is text like '3月15日' (year only in the sheet name); 金额 is a"
                        + " formula 数量*单价 with cached values; a 合计 row with SUM at the bottom of each sheet");
        List<String> customers = zhCompanies(r, 40);
        record Open(String no, String customer, String contact, String phone, String product, int qty, BigDecimal price,
                int[] stage) {}
        List<Open> open = new ArrayList<>();
        int seq = 1;
        for (int month = 1; month <= 6; month++) {
            Tracker.Sheet s = t.sheet("2024年" + month + "月");
            s.line("2024年" + month + "月订单跟踪").merge(0, 11);
            s.blank();
            s.header("订单号", "客户名称", "联系人", "联系电话", "产品", "数量", "单价", "金额", "更新日期", "当前环节", "负责人", "备注");
            for (int i = 0, fresh = 14 + r.nextInt(8); i < fresh; i++) {
                String c = pick(r, customers.toArray(String[]::new));
                open.add(new Open(String.format("DD2024%02d%03d", month, seq++), c, zhPerson(r), mobile(r),
                        pick(r, PRODUCTS), 1 + r.nextInt(60), price(r, 800, 48_000), new int[] {0}));
            }
            List<Open> still = new ArrayList<>();
            int first = s.lines.size() + 1;
            for (Open o : open) {
                String stage = o.stage()[0] < 0 ? "已流失" : ZH_ORDER_PATH[o.stage()[0]];
                int row = s.lines.size() + 1;
                LocalDate updated = LocalDate.of(2024, month, 1 + r.nextInt(28));
                s.data(o.no(), o.customer(), o.contact(), o.phone(), o.product(), o.qty(), fmt(o.price(), "#,##0.00"),
                        fmt(formula("F" + row + "*G" + row), "#,##0.00"), updated.getMonthValue() + "月"
                                + updated.getDayOfMonth() + "日", stage, pick(r, OWNERS),
                        r.nextInt(6) == 0 ? "客户要求先发样品" : null);
                t.customer(o.customer());
                t.order(o.no(), stage);
                t.amountYuan(o.price().multiply(BigDecimal.valueOf(o.qty())));
                t.date(updated);
                boolean closed = o.stage()[0] < 0 || o.stage()[0] == ZH_ORDER_PATH.length - 1;
                if (!closed) {
                    int roll = r.nextInt(10);
                    o.stage()[0] = roll == 0 ? -1 : roll < 6 ? o.stage()[0] + 1 : o.stage()[0];
                    still.add(o);
                }
            }
            int last = s.lines.size();
            s.footer("合计", null, null, null, null, fmt(formula("SUM(F" + first + ":F" + last + ")"), "0"), null,
                    fmt(formula("SUM(H" + first + ":H" + last + ")"), "#,##0.00"));
            open = still;
        }
    }

    private void oldXlsOrderDetails() {
        Random r = seed("xls2023");
        Tracker t = add(new Tracker("销售订单明细-2023.xls", "orders", "zh", "xls")).amountColumn("总价")
                .notes("old Excel 97-2003 file (HSSF); header on row 1; 合同编号/签约日期/单价（元）/总价/已收金额 wording;"
                        + " 所属行业 is a customer field; 回款日期 lost its format and shows Excel serial numbers (45366); a 合计 row with SUM"
                        + " formulas at the bottom");
        Tracker.Sheet s = t.sheet("订单明细");
        s.header("合同编号", "签约日期", "客户名称", "所属行业", "联系人", "手机", "产品名称", "数量", "单价（元）", "总价", "已收金额",
                "回款日期", "状态", "业务员");
        List<String> customers = zhCompanies(r, 55);
        String[] industries = {"制造业", "医疗", "食品饮料", "汽车", "电子", "化工", "新能源"};
        String[] states = {"已成交", "已发货", "部分回款", "已回款", "已回款", "执行中"};
        for (int i = 0; i < 150; i++) {
            String c = customers.get(r.nextInt(customers.size()));
            LocalDate signed = day(r, LocalDate.of(2023, 1, 4), LocalDate.of(2023, 12, 27));
            int qty = 1 + r.nextInt(40);
            BigDecimal price = round(r, 1_000, 90_000);
            BigDecimal total = price.multiply(BigDecimal.valueOf(qty));
            String state = pick(r, states);
            BigDecimal paid = switch (state) {
                case "已回款" -> total;
                case "部分回款" -> total.multiply(new BigDecimal("0.3"));
                default -> BigDecimal.ZERO;
            };
            LocalDate paidOn = paid.signum() > 0 ? signed.plusDays(20 + r.nextInt(60)) : null;
            String no = "HT-2023-" + String.format("%04d", 101 + i);
            s.data(no, signed, c, pick(r, industries), zhPerson(r), mobile(r), pick(r, PRODUCTS), qty, price,
                    fmt(total, "#,##0.00"), fmt(paid, "#,##0.00"), paidOn == null ? null : serial(paidOn), state,
                    pick(r, OWNERS));
            t.customer(c);
            t.order(no, state);
            t.amountYuan(total);
            t.date(signed);
            if (paidOn != null) {
                t.date(paidOn);
            }
        }
        int last = s.lines.size();
        s.footer("合计", null, null, null, null, null, null, formula("SUM(H2:H" + last + ")"), null,
                fmt(formula("SUM(J2:J" + last + ")"), "#,##0.00"), fmt(formula("SUM(K2:K" + last + ")"), "#,##0.00"));
    }

    private void fxiaokeOpportunityExport() {
        Random r = seed("fxiaoke");
        Tracker t = add(new Tracker("商机列表-纷享销客导出.xlsx", "orders", "zh", "xlsx")).amountColumn("预计成交金额（万元）")
                .unmapped("所属部门", "赢率")
                .notes("CRM export (纷享销客 style column names); 预计成交金额（万元） holds amounts in 万; 商机阶段 uses"
                        + " 初步接触/需求分析/方案报价/商务谈判/赢单/输单; 创建时间 is text '2024-03-15 14:30', 最后跟进时间 a"
                        + " date-time cell");
        Tracker.Sheet s = t.sheet("商机");
        s.header("商机编号", "商机名称", "客户名称", "商机阶段", "预计成交金额（万元）", "预计成交日期", "负责人", "所属部门", "商机来源",
                "赢率", "创建时间", "最后跟进时间");
        List<String> customers = zhCompanies(r, 70);
        String[] depts = {"华东销售部", "华南销售部", "大客户部", "渠道部"};
        String[] sources = {"市场活动", "官网", "客户转介绍", "电话营销", "展会"};
        String[] all = {"初步接触", "需求分析", "方案报价", "商务谈判", "赢单", "输单"};
        String[] rates = {"10%", "30%", "50%", "70%", "100%", "0%"};
        for (int i = 0; i < 120; i++) {
            String c = customers.get(r.nextInt(customers.size()));
            int st = r.nextInt(all.length);
            BigDecimal wan = BigDecimal.valueOf(50 + r.nextInt(30_000), 2);
            LocalDateTime created = at(r, day(r, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 10, 31)));
            LocalDate close = created.toLocalDate().plusDays(30 + r.nextInt(120));
            LocalDateTime last = created.plusDays(r.nextInt(40)).plusMinutes(r.nextInt(300));
            String no = "SJ" + f(created, "yyyyMMdd") + String.format("%04d", i + 1);
            String product = pick(r, PRODUCTS);
            s.data(no, c.replace("有限公司", "") + "-" + product.split(" ")[0] + "项目", c, all[st], wan,
                    fmt(close, "yyyy-mm-dd"), pick(r, OWNERS), pick(r, depts), pick(r, sources), rates[st],
                    f(created, "yyyy-MM-dd HH:mm"), fmt(last, "yyyy-mm-dd hh:mm"));
            t.customer(c);
            t.order(no, all[st]);
            t.amountYuan(wan(wan));
            t.date(created.toLocalDate());
            t.date(close);
            t.date(last.toLocalDate());
        }
    }

    private void xiaoshouyiOpportunityCsv() {
        Random r = seed("xiaoshouyi");
        Tracker t = add(new Tracker("销售易-商机导出.csv", "orders", "zh", "csv")).text("UTF-8 BOM", ",")
                .amountColumn("销售金额(元)").unmapped("所属部门", "赢率(%)")
                .notes("CRM export (销售易 style): UTF-8 with BOM, comma; no order numbers, one opportunity per row"
                        + " (distinct_orders counts 机会名称); 销售金额(元) with thousands separators, quoted; dates 2024/3/15");
        Tracker.Sheet s = t.sheet("销售易-商机导出");
        s.header("机会名称", "客户名称", "销售阶段", "销售金额(元)", "结单日期", "所有人", "所属部门", "赢率(%)", "创建日期", "行业");
        String[] stages = {"验证客户", "需求确定", "方案/报价", "谈判审核", "赢单", "输单"};
        String[] rates = {"10", "30", "50", "80", "100", "0"};
        String[] industries = {"制造业", "互联网", "医疗健康", "教育", "零售", "金融"};
        List<String> customers = zhCompanies(r, 50);
        for (int i = 0; i < 140; i++) {
            String c = customers.get(r.nextInt(customers.size()));
            int st = r.nextInt(stages.length);
            BigDecimal amount = price(r, 5_000, 2_000_000);
            LocalDate created = day(r, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 11, 30));
            LocalDate close = created.plusDays(20 + r.nextInt(150));
            String name = c.substring(2, 4) + pick(r, PRODUCTS).split(" ")[0] + "采购-" + (i + 1);
            s.data(name, c, stages[st], money(amount, "#,##0.00"), f(close, "yyyy/M/d"), pick(r, OWNERS),
                    pick(r, new String[] {"销售一部", "销售二部", "行业拓展部"}), rates[st], f(created, "yyyy/M/d"),
                    pick(r, industries));
            t.customer(c);
            t.order(name, stages[st]);
            t.amountYuan(amount);
            t.date(created);
            t.date(close);
        }
    }

    // ---------------------------------------------------------------- CRM exports, English

    private void salesforceOpportunityReport() {
        Random r = seed("salesforce");
        Tracker t = add(new Tracker("salesforce-opportunities.csv", "orders", "en", "csv")).text("UTF-8", ",")
                .amountColumn("Amount").unmapped("Probability (%)", "Type", "Fiscal Period")
                .notes("Salesforce opportunity report: UTF-8 without BOM, comma; Stage uses Prospecting ... Closed Won/"
                        + "Closed Lost; Amount like '$12,500.00'; Close Date and Created Date M/D/YYYY; a few Amounts"
                        + " are blank");
        t.currency = "USD";
        Tracker.Sheet s = t.sheet("salesforce-opportunities");
        s.header("Opportunity ID", "Opportunity Name", "Account Name", "Stage", "Amount", "Probability (%)", "Close Date",
                "Created Date", "Opportunity Owner", "Lead Source", "Type", "Fiscal Period", "Next Step");
        String[] stages = {"Prospecting", "Qualification", "Needs Analysis", "Proposal/Price Quote", "Negotiation/Review",
                "Closed Won", "Closed Lost"};
        int[] prob = {10, 20, 25, 50, 75, 100, 0};
        List<String> accounts = enCompanies(r, 60);
        for (int i = 0; i < 200; i++) {
            String a = accounts.get(r.nextInt(accounts.size()));
            int st = r.nextInt(stages.length);
            LocalDate created = day(r, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 15));
            LocalDate close = created.plusDays(15 + r.nextInt(100));
            BigDecimal amount = r.nextInt(25) == 0 ? null : round(r, 1_000, 250_000);
            String id = "0065g00000" + String.format("%05X", 0x1A2B0 + i * 7) + "AAQ";
            s.data(id, a.split(" ")[0] + " - " + pick(r, EN_PRODUCTS), a, stages[st],
                    amount == null ? "" : "$" + money(amount, "#,##0.00"), prob[st], f(close, "M/d/yyyy"),
                    f(created, "M/d/yyyy"), pick(r, EN_OWNERS), pick(r, new String[] {"Web", "Partner Referral",
                            "Trade Show", "Cold Call", "Advertisement"}), pick(r, new String[] {"New Business",
                            "Existing Business - Upgrade", "Existing Business - Renewal"}),
                    "Q" + ((close.getMonthValue() - 1) / 3 + 1) + "-" + close.getYear(),
                    st >= 5 ? "" : pick(r, EN_NEXT));
            t.customer(a);
            t.order(id, stages[st]);
            if (amount != null) {
                t.amountYuan(amount);
            }
            t.date(created);
            t.date(close);
        }
    }

    private void hubspotDealsExport() {
        Random r = seed("hubspot");
        Tracker t = add(new Tracker("hubspot-crm-exports-all-deals.csv", "orders", "en", "csv")).text("UTF-8 BOM", ",")
                .amountColumn("Amount").unmapped("Deal Type")
                .notes("HubSpot deals export: UTF-8 with BOM; Record ID is the deal id; Deal Stage uses HubSpot's default"
                        + " labels; Close Date and Create Date with times '2024-03-15 14:30'; Amount plain numbers, some"
                        + " blank");
        t.currency = "USD";
        Tracker.Sheet s = t.sheet("hubspot-crm-exports-all-deals");
        s.header("Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date", "Create Date", "Deal owner", "Pipeline",
                "Associated Company", "Deal Type", "Priority");
        String[] stages = {"Appointment Scheduled", "Qualified To Buy", "Presentation Scheduled",
                "Decision Maker Bought-In", "Contract Sent", "Closed Won", "Closed Lost"};
        List<String> companies = enCompanies(r, 45);
        for (int i = 0; i < 160; i++) {
            String c = companies.get(r.nextInt(companies.size()));
            String stage = pick(r, stages);
            LocalDateTime created = at(r, day(r, LocalDate.of(2024, 2, 1), LocalDate.of(2025, 1, 20)));
            LocalDateTime close = at(r, created.toLocalDate().plusDays(10 + r.nextInt(90)));
            BigDecimal amount = r.nextInt(12) == 0 ? null : BigDecimal.valueOf(500 + r.nextInt(90_000));
            String id = String.valueOf(15_800_000_000L + i * 37L + r.nextInt(30));
            s.data(id, c.split(" ")[0] + " " + pick(r, EN_PRODUCTS), stage, amount == null ? "" : amount.toPlainString(),
                    f(close, "yyyy-MM-dd HH:mm"), f(created, "yyyy-MM-dd HH:mm"), pick(r, EN_OWNERS), "Sales Pipeline", c,
                    pick(r, new String[] {"newbusiness", "existingbusiness"}), pick(r, new String[] {"high", "medium",
                            "low", ""}));
            t.customer(c);
            t.order(id, stage);
            if (amount != null) {
                t.amountYuan(amount);
            }
            t.date(created.toLocalDate());
            t.date(close.toLocalDate());
        }
    }

    private void europeanSemicolonOrders() {
        Random r = seed("eu");
        Tracker t = add(new Tracker("orders-eu-semicolon.csv", "orders", "en", "csv")).text("windows-1252", ";")
                .amountColumn("Amount (EUR)").unmapped("VAT ID")
                .notes("saved by a European Excel: Windows-1252, semicolon separated; dates 15.03.2024 (day first);"
                        + " amounts 12.500,00 with a decimal comma; umlauts in names");
        t.currency = "EUR";
        Tracker.Sheet s = t.sheet("orders-eu-semicolon");
        s.header("Order No", "Customer", "Contact", "Country", "VAT ID", "Order Date", "Delivery Date", "Amount (EUR)",
                "Status", "Sales Rep");
        String[] names = {"Müller Maschinenbau GmbH", "Schäfer Logistik AG", "Böhm Präzisionstechnik GmbH",
                "Société Générale d'Équipement", "Café Crème SARL", "Rossi Meccanica S.r.l.", "Jørgensen Trading ApS",
                "García Industrial S.L.", "Van der Berg B.V.", "Nováková Electronics s.r.o.", "Kühne Antriebe GmbH",
                "Lefèvre Emballage SA", "Åberg Robotics AB", "Weiß & Söhne KG", "Dubois Médical SAS"};
        String[] people = {"Jürgen Weiß", "Anaïs Lefèvre", "Søren Jørgensen", "Zoë Dubois", "Björn Åberg", "Luca Rossi",
                "María García", "Jan de Vries", "Petra Nováková", "Günter Kühne"};
        String[] countries = {"DE", "DE", "FR", "IT", "DK", "ES", "NL", "CZ", "SE", "AT"};
        String[] states = {"Open", "Confirmed", "Shipped", "Invoiced", "Paid", "Cancelled"};
        for (int i = 0; i < 90; i++) {
            String c = names[r.nextInt(names.length)];
            LocalDate d = day(r, LocalDate.of(2024, 1, 8), LocalDate.of(2024, 12, 20));
            LocalDate del = d.plusDays(14 + r.nextInt(40));
            BigDecimal amount = price(r, 300, 120_000);
            String no = "EU-24-" + (5001 + i);
            String st = pick(r, states);
            s.data(no, c, pick(r, people), pick(r, countries), "DE" + (100_000_000 + r.nextInt(899_999_999)),
                    f(d, "dd.MM.yyyy"), f(del, "dd.MM.yyyy"), euMoney(amount), st, pick(r, EN_OWNERS));
            t.customer(c);
            t.order(no, st);
            t.amountYuan(amount);
            t.date(d);
            t.date(del);
        }
    }

    // ---------------------------------------------------------------- text files in Chinese charsets

    private void gbkOrderTracker() {
        Random r = seed("gbk");
        Tracker t = add(new Tracker("跟单表-GBK.csv", "orders", "zh", "csv")).text("GBK", ",").amountColumn("金额")
                .notes("saved by Excel on a Chinese Windows: GBK, comma; a title line above the header (row 2); dates"
                        + " 2024.3.15; 金额 mixes '￥12,345.00', '12345元' and '1.23万', three are '待定'; 进展 wording; a 合计 line"
                        + " at the bottom");
        Tracker.Sheet s = t.sheet("跟单表-GBK");
        s.line("2024年跟单表（华南区）", "", "", "", "", "", "", "", "", "", "");
        s.header("单号", "日期", "客户", "联系人", "电话", "产品型号", "数量", "金额", "进展", "跟单员", "客户来源");
        List<String> customers = zhCompanies(r, 48);
        String[] states = {"跟进中", "已报价", "谈判中", "签约中", "已成交", "已流失", "已成交"};
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 200; i++) {
            String c = customers.get(r.nextInt(customers.size()));
            LocalDate d = day(r, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 30));
            BigDecimal amount = round(r, 2_000, 600_000);
            String shown;
            if (i == 33 || i == 101 || i == 177) {
                shown = "待定";
            } else {
                int style = r.nextInt(3);
                shown = style == 0 ? "￥" + money(amount, "#,##0.00")
                        : style == 1 ? amount.toPlainString() + "元"
                        : amount.movePointLeft(4).stripTrailingZeros().toPlainString() + "万";
                t.amountYuan(amount);
                sum = sum.add(amount);
            }
            String no = "GD24" + String.format("%04d", 1 + i);
            String st = pick(r, states);
            s.data(no, f(d, "yyyy.M.d"), c, zhPerson(r), mobile(r), model(pick(r, PRODUCTS)), String.valueOf(1 + r.nextInt(30)),
                    shown, st, pick(r, OWNERS), pick(r, new String[] {"老客户", "转介绍", "网络推广", "展会", ""}));
            t.customer(c);
            t.order(no, st);
            t.date(d);
        }
        s.footer("合计", "", "", "", "", "", "", "￥" + money(sum, "#,##0.00"), "", "", "");
    }

    private void gb18030FollowUps() {
        Random r = seed("gb18030");
        Tracker t = add(new Tracker("客户跟进记录-GB18030.csv", "follow-ups", "zh", "csv")).text("GB18030", ",")
                .notes("GB18030 (one customer name holds 𠮷, outside GBK); dates 2024年3月15日; 跟进方式/跟进内容/跟进结果;"
                        + " no order numbers, several rows per customer");
        Tracker.Sheet s = t.sheet("客户跟进记录-GB18030");
        s.header("跟进日期", "客户名称", "联系人", "联系方式", "跟进方式", "跟进内容", "跟进结果", "下次跟进", "跟进人");
        List<String> customers = zhCompanies(r, 34);
        customers.set(5, "𠮷祥物流有限公司");
        Map<String, String[]> people = contacts(r, customers);
        people.get(customers.get(5))[0] = "王喆";
        Progress p = new Progress();
        for (Visit v : visits(r, customers, 160, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28))) {
            String st = p.next(r, v.customer(), ZH_PATH, "无意向");
            String[] who = people.get(v.customer());
            LocalDate next = v.date().plusDays(5 + r.nextInt(20));
            boolean open = !st.equals("已成交") && !st.equals("无意向");
            s.data(f(v.date(), "yyyy年M月d日"), v.customer(), who[0], who[1], pick(r, METHODS), pick(r, FU_TEXT), st,
                    open ? f(next, "yyyy年M月d日") : "", pick(r, OWNERS));
            t.customer(v.customer());
            t.followUp();
            t.date(v.date());
            if (open) {
                t.date(next);
            }
            t.customerStage(v.customer(), st);
        }
    }

    private void excelUnicodeTextFollowUps() {
        Random r = seed("utf16");
        Tracker t = add(new Tracker("跟进表-Unicode文本.txt", "follow-ups", "zh", "csv")).text("UTF-16LE BOM", "\t")
                .notes("Excel's 'Unicode text' save: UTF-16LE with BOM, tab separated; short headers 方式/内容/进展;"
                        + " dates 2024/3/15");
        Tracker.Sheet s = t.sheet("跟进表-Unicode文本");
        s.header("日期", "客户", "联系人", "方式", "内容", "进展", "负责人");
        List<String> customers = zhCompanies(r, 30);
        Map<String, String[]> people = contacts(r, customers);
        Progress p = new Progress();
        for (Visit v : visits(r, customers, 120, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 9, 30))) {
            String st = p.next(r, v.customer(), ZH_PATH, "已流失");
            s.data(f(v.date(), "yyyy/M/d"), v.customer(), people.get(v.customer())[0], pick(r, METHODS), pick(r, FU_TEXT),
                    st, pick(r, OWNERS));
            t.customer(v.customer());
            t.followUp();
            t.date(v.date());
            t.customerStage(v.customer(), st);
        }
    }

    private void big5TaiwanOrders() {
        Random r = seed("big5");
        Tracker t = add(new Tracker("業務追蹤表-Big5.csv", "orders", "zh", "csv")).text("Big5", ",").amountColumn("金額(NT$)")
                .notes("traditional Chinese from a Taiwan office: Big5, comma; 客戶名稱/聯絡人/狀態 headers; amounts in"
                        + " NT$ with thousands separators; dates 2024/3/15; phones 0912-345-678");
        t.currency = "TWD";
        Tracker.Sheet s = t.sheet("業務追蹤表-Big5");
        s.header("訂單編號", "客戶名稱", "聯絡人", "電話", "產品", "金額(NT$)", "狀態", "業務", "日期", "備註");
        String[] cities = {"台北", "新竹", "台中", "高雄", "桃園", "台南"};
        String[] words = {"鴻達", "宏遠", "永豐", "大同", "聯發", "華新", "國泰", "長榮"};
        String[] trades = {"電子", "精密機械", "光電", "食品", "貿易", "塑膠"};
        String[] sur = {"陳", "林", "黃", "張", "李", "王", "吳", "劉"};
        String[] given = {"志明", "淑芬", "雅婷", "家豪", "冠宇", "怡君", "建宏", "美玲"};
        String[] products = {"伺服馬達", "控制器", "感測器", "輸送帶", "檢測儀", "空壓機"};
        String[] states = {"初次接觸", "報價中", "議價中", "已成交", "已流失"};
        String[] owners = {"陳建宏", "林美玲", "黃冠宇"};
        List<String> customers = new ArrayList<>(new java.util.LinkedHashSet<>(java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> pick(r, cities) + pick(r, words) + pick(r, trades) + "股份有限公司").toList()));
        for (int i = 0; i < 70; i++) {
            String c = customers.get(r.nextInt(customers.size()));
            BigDecimal amount = round(r, 10_000, 3_000_000);
            LocalDate d = day(r, LocalDate.of(2024, 1, 5), LocalDate.of(2024, 12, 20));
            String no = "TW" + (240_001 + i);
            String st = pick(r, states);
            s.data(no, c, pick(r, sur) + pick(r, given), String.format("09%02d-%03d-%03d", r.nextInt(100), r.nextInt(1000),
                    r.nextInt(1000)), pick(r, products), money(amount, "#,##0"), st, pick(r, owners), f(d, "yyyy/M/d"),
                    r.nextInt(5) == 0 ? "含稅" : "");
            t.customer(c);
            t.order(no, st);
            t.amountYuan(amount);
            t.date(d);
        }
    }

    private void erpPipeOrderLines() {
        Random r = seed("erp");
        Tracker t = add(new Tracker("ERP销售订单导出.txt", "orders", "zh", "csv")).text("UTF-8", "|").amountColumn("价税合计")
                .unmapped("客户编码", "存货编码")
                .notes("ERP dump: UTF-8, pipe separated, one row per order line, so an order number repeats on"
                        + " consecutive rows (distinct_orders < data_rows); 单据日期 '2024-03-15 14:30:00'; 单据状态 words");
        Tracker.Sheet s = t.sheet("ERP销售订单导出");
        s.header("销售单号", "单据日期", "客户编码", "客户名称", "存货编码", "存货名称", "数量", "含税单价", "价税合计", "业务员", "单据状态");
        List<String> customers = zhCompanies(r, 60);
        String[] states = {"已审核", "已审核", "未审核", "已关闭", "已出库"};
        int rows = 0;
        for (int o = 0; rows < 250; o++) {
            int ci = r.nextInt(customers.size());
            String c = customers.get(ci);
            LocalDateTime when = at(r, day(r, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31))).plusSeconds(r.nextInt(60));
            String no = "XSDD" + f(when, "yyyyMMdd") + String.format("%03d", o + 1);
            String st = pick(r, states);
            String owner = pick(r, OWNERS);
            for (int l = 0, lines = 1 + r.nextInt(4); l < lines && rows < 250; l++, rows++) {
                int qty = 1 + r.nextInt(50);
                BigDecimal price = price(r, 50, 20_000);
                BigDecimal total = price.multiply(BigDecimal.valueOf(qty));
                int pi = r.nextInt(PRODUCTS.length);
                s.data(no, f(when, "yyyy-MM-dd HH:mm:ss"), String.format("KH%05d", 100 + ci), c,
                        String.format("CH%06d", 3000 + pi), PRODUCTS[pi], String.valueOf(qty), price.toPlainString(),
                        total.toPlainString(), owner, st);
                t.customer(c);
                t.order(no, st);
                t.amountYuan(total);
                t.date(when.toLocalDate());
            }
        }
    }

    private void serialNumberDates() {
        Random r = seed("serial");
        Tracker t = add(new Tracker("订单导出-日期为数字.csv", "orders", "zh", "csv")).text("UTF-8", ",").amountColumn("金额")
                .notes("dates lost their format on copy-paste: 下单日期 and 交货日期 are Excel serial numbers such as 45366;"
                        + " UTF-8 without BOM");
        Tracker.Sheet s = t.sheet("订单导出-日期为数字");
        s.header("订单编号", "客户名称", "下单日期", "交货日期", "金额", "状态", "负责人");
        List<String> customers = zhCompanies(r, 25);
        String[] states = {"待发货", "已发货", "已签收", "已回款", "生产中"};
        for (int i = 0; i < 60; i++) {
            String c = customers.get(r.nextInt(customers.size()));
            LocalDate d = day(r, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 11, 30));
            LocalDate del = d.plusDays(10 + r.nextInt(40));
            BigDecimal amount = price(r, 1_000, 300_000);
            String no = "PO-" + (880_100 + i);
            String st = pick(r, states);
            s.data(no, c, String.valueOf(serial(d)), String.valueOf(serial(del)), amount.toPlainString(), st, pick(r, OWNERS));
            t.customer(c);
            t.order(no, st);
            t.amountYuan(amount);
            t.date(d);
            t.date(del);
        }
    }

    // ---------------------------------------------------------------- more workbooks

    private void quarterlyFollowUpsAcrossYears() {
        Random r = seed("quarters");
        Tracker t = add(new Tracker("2023-2024跟进汇总.xlsx", "follow-ups", "zh", "xlsx"))
                .notes("one sheet per quarter 2023Q4..2024Q2 (two years); a note line above the header (row 2); 跟进时间"
                        + " is a date-time cell 'yyyy-mm-dd hh:mm'; 下次跟进 has '下周' and '待定' among the dates; the same"
                        + " customers run across the sheets");
        List<String> customers = zhCompanies(r, 36);
        Map<String, String[]> people = contacts(r, customers);
        Progress p = new Progress();
        String[][] quarters = {{"2023Q4", "2023-10-01", "2023-12-31"}, {"2024Q1", "2024-01-01", "2024-03-31"},
                {"2024Q2", "2024-04-01", "2024-06-30"}};
        for (String[] q : quarters) {
            Tracker.Sheet s = t.sheet(q[0]);
            s.line("说明：状态栏请按下拉选项填写；下次跟进日期到期前一天提醒");
            s.header("跟进时间", "客户", "联系人", "手机", "方式", "内容", "状态", "下次跟进", "跟进人");
            for (Visit v : visits(r, customers.subList(0, 20 + r.nextInt(16)), 70 + r.nextInt(20), LocalDate.parse(q[1]),
                    LocalDate.parse(q[2]))) {
                String st = p.next(r, v.customer(), ZH_PATH, "无意向");
                LocalDateTime when = at(r, v.date());
                Object next;
                int roll = r.nextInt(25);
                if (roll == 0) {
                    next = "下周";
                } else if (roll == 1) {
                    next = "待定";
                } else {
                    LocalDate d = v.date().plusDays(2 + r.nextInt(10));
                    t.date(d);
                    next = d;
                }
                String[] who = people.get(v.customer());
                s.data(fmt(when, "yyyy-mm-dd hh:mm"), v.customer(), who[0], who[1], pick(r, METHODS), pick(r, FU_TEXT), st,
                        next, pick(r, OWNERS));
                t.customer(v.customer());
                t.followUp();
                t.date(v.date());
                t.customerStage(v.customer(), st);
            }
        }
    }

    private void englishTrackerHeaderOnLine5() {
        Random r = seed("en-tracker");
        Tracker t = add(new Tracker("Sales Tracker 2024.xlsx", "orders", "en", "xlsx")).amountColumn("Total")
                .unmapped("Invoice Date", "Territory")
                .notes("English tracker: title, subtitle and a blank line, merged group headers Customer/Order/Status &"
                        + " Payment on row 4, field headers on row 5; Total is a formula Qty*Unit Price shown $#,##0.00;"
                        + " 'Paid On' is a date column; a Total row at the bottom");
        t.currency = "USD";
        Tracker.Sheet s = t.sheet("Tracker");
        s.line("Sales Tracker 2024").merge(0, 13);
        s.line("East region - updated 31 Dec 2024");
        s.blank();
        s.line("Customer", null, null, "Order", null, null, null, null, "Status & Payment", null, null, null, null, null);
        s.merge(0, 2).merge(3, 7).merge(8, 13);
        s.header("Customer", "Contact", "Phone", "Order #", "Product", "Qty", "Unit Price", "Total", "Stage",
                "Invoice Date", "Paid On", "Paid Amount", "Rep", "Territory");
        List<String> customers = enCompanies(r, 40);
        String[] stages = {"Qualification", "Proposal", "Negotiation", "Closed Won", "Closed Won", "Closed Lost"};
        int first = s.lines.size() + 1;
        for (int i = 0; i < 120; i++) {
            String c = customers.get(r.nextInt(customers.size()));
            int qty = 1 + r.nextInt(25);
            BigDecimal unit = price(r, 50, 9_000);
            BigDecimal total = unit.multiply(BigDecimal.valueOf(qty));
            String st = pick(r, stages);
            boolean won = st.equals("Closed Won");
            LocalDate invoiced = won ? day(r, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 11, 30)) : null;
            LocalDate paid = won && r.nextInt(3) > 0 ? invoiced.plusDays(15 + r.nextInt(45)) : null;
            int row = s.lines.size() + 1;
            String no = "ST-" + (24_001 + i);
            s.data(c, enPerson(r), usPhone(r), no, pick(r, EN_PRODUCTS), qty, fmt(unit, "$#,##0.00"),
                    fmt(formula("F" + row + "*G" + row), "$#,##0.00"), st, invoiced == null ? null : fmt(invoiced, "m/d/yyyy"),
                    paid == null ? null : fmt(paid, "m/d/yyyy"), paid == null ? null : fmt(total, "$#,##0.00"),
                    pick(r, EN_OWNERS), pick(r, new String[] {"NY Metro", "New England", "Mid-Atlantic"}));
            t.customer(c);
            t.order(no, st);
            t.amountYuan(total);
            if (invoiced != null) {
                t.date(invoiced);
            }
            if (paid != null) {
                t.date(paid);
            }
        }
        int last = s.lines.size();
        s.footer("Total", null, null, null, null, formula("SUM(F" + first + ":F" + last + ")"), null,
                fmt(formula("SUM(H" + first + ":H" + last + ")"), "$#,##0.00"), null, null, null,
                fmt(formula("SUM(L" + first + ":L" + last + ")"), "$#,##0.00"));
    }

    private void englishCallLog() {
        Random r = seed("calls");
        Tracker t = add(new Tracker("call-log-Q2.xlsx", "follow-ups", "en", "xlsx")).unmapped("Lead Score")
                .notes("English call log, one row per call, no order numbers; Date and Next Date are text '4/15/2024'"
                        + " (month first); Outcome words; Lead Score matches no field");
        Tracker.Sheet s = t.sheet("Calls");
        s.header("Date", "Company", "Contact", "Type", "Notes", "Outcome", "Next Step", "Next Date", "Rep", "Lead Score");
        List<String> companies = enCompanies(r, 25);
        Map<String, String> contact = new HashMap<>();
        companies.forEach(c -> contact.put(c, enPerson(r)));
        String[] path = {"Call back", "Interested", "Quote sent", "Negotiating", "Won"};
        Progress p = new Progress();
        for (Visit v : visits(r, companies, 150, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 28))) {
            String st = p.next(r, v.customer(), path, "Not interested");
            boolean open = !st.equals("Won") && !st.equals("Not interested");
            LocalDate next = v.date().plusDays(2 + r.nextInt(12));
            s.data(f(v.date(), "M/d/yyyy"), v.customer(), contact.get(v.customer()),
                    pick(r, new String[] {"Call", "Email", "Meeting", "WeChat", "Call"}), pick(r, EN_NOTES), st,
                    open ? pick(r, EN_NEXT) : null, open ? f(next, "M/d/yyyy") : null, pick(r, EN_OWNERS), 10 + r.nextInt(90));
            t.customer(v.customer());
            t.followUp();
            t.date(v.date());
            if (open) {
                t.date(next);
            }
            t.customerStage(v.customer(), st);
        }
    }

    private void englishWeeklyPerRep() {
        Random r = seed("weekly");
        Tracker t = add(new Tracker("weekly-follow-ups-by-rep.xlsx", "follow-ups", "en", "xlsx"))
                .notes("one sheet per rep, title and blank line above the header (row 3); Contact Person holds name and"
                        + " phone in one cell; Status uses Salesforce stage names; blank lines between weeks inside the"
                        + " data; dates shown d-mmm-yy");
        for (String rep : new String[] {"Alice", "Brian", "Diana"}) {
            Tracker.Sheet s = t.sheet(rep);
            s.line("Weekly follow-ups - " + rep);
            s.blank();
            s.header("Date", "Account", "Contact Person", "Method", "Summary", "Status", "Follow-up By");
            List<String> accounts = enCompanies(r, 12 + r.nextInt(6));
            Map<String, String> contact = new HashMap<>();
            accounts.forEach(c -> contact.put(c, enPerson(r) + " " + usPhone(r)));
            Progress p = new Progress();
            LocalDate week = null;
            for (Visit v : visits(r, accounts, 40 + r.nextInt(30), LocalDate.of(2024, 9, 2), LocalDate.of(2024, 12, 20))) {
                LocalDate monday = v.date().minusDays(v.date().getDayOfWeek().getValue() - 1);
                if (week != null && !week.equals(monday) && r.nextInt(3) == 0) {
                    s.blank();
                }
                week = monday;
                String st = p.next(r, v.customer(), SF_PATH, "Closed Lost");
                LocalDate by = v.date().plusDays(3 + r.nextInt(7));
                s.data(fmt(v.date(), "d-mmm-yy"), v.customer(), contact.get(v.customer()),
                        pick(r, new String[] {"Phone", "Email", "Visit", "Video call"}), pick(r, EN_NOTES), st,
                        fmt(by, "d-mmm-yy"));
                t.customer(v.customer());
                t.followUp();
                t.date(v.date());
                t.date(by);
                t.customerStage(v.customer(), st);
            }
        }
    }

    private void wpsQuoteTracker() {
        Random r = seed("wps");
        Tracker t = add(new Tracker("报价跟进表-WPS.xlsx", "orders", "zh", "xlsx")).amountColumn("预计成交金额（万元）")
                .unmapped("竞争对手")
                .notes("made with WPS 表格 (docProps name it); title above the header (row 2); 报价日期 is text '2024.3.15';"
                        + " 预计成交金额（万元） in 万; 当前环节 wording; a 总计 row at the bottom");
        Tracker.Sheet s = t.sheet("Sheet1");
        s.line("2024年报价跟进表").merge(0, 9);
        s.header("报价单号", "报价日期", "客户名称", "联系人", "电话", "产品", "预计成交金额（万元）", "当前环节", "负责人", "竞争对手");
        List<String> customers = zhCompanies(r, 42);
        String[] states = {"已报价", "已报价", "谈判中", "签约中", "已成交", "已流失"};
        String[] rivals = {"西门子", "汇川", "台达", "ABB", "无", ""};
        int first = s.lines.size() + 1;
        for (int i = 0; i < 100; i++) {
            String c = customers.get(r.nextInt(customers.size()));
            LocalDate d = day(r, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 25));
            BigDecimal wan = BigDecimal.valueOf(10 + r.nextInt(5_000), 1);
            String no = "BJ" + f(d, "yyMMdd") + "-" + (i + 1);
            String st = pick(r, states);
            s.data(no, f(d, "yyyy.M.d"), c, zhPerson(r), mobile(r), pick(r, PRODUCTS), wan, st, pick(r, OWNERS), pick(r, rivals));
            t.customer(c);
            t.order(no, st);
            t.amountYuan(wan(wan));
            t.date(d);
        }
        int last = s.lines.size();
        s.footer("总计", null, null, null, null, null, formula("SUM(G" + first + ":G" + last + ")"));
    }

    private void paymentTracking() {
        Random r = seed("payments");
        Tracker t = add(new Tracker("订单回款跟踪.xlsx", "orders", "zh", "xlsx")).amountColumn("合同金额").unmapped("开票日期", "回款方式", "账龄(天)")
                .notes("payment follow-up: merged group headers 订单信息/回款情况 on row 1, headers on row 2; 合同金额 is text"
                        + " '¥123,456.00' and twice 'TBD'; 已收金额 numbers; 回款日期 a date cell; 账龄(天) matches no field;"
                        + " a 合计 row");
        Tracker.Sheet s = t.sheet("回款跟踪");
        s.line("订单信息", null, null, null, null, "回款情况", null, null, null, null, null);
        s.merge(0, 4).merge(5, 10);
        s.header("订单号", "客户名称", "合同金额", "开票日期", "负责人", "已收金额", "未收金额", "回款日期", "回款方式", "状态", "账龄(天)");
        List<String> customers = zhCompanies(r, 38);
        int first = s.lines.size() + 1;
        for (int i = 0; i < 110; i++) {
            String c = customers.get(r.nextInt(customers.size()));
            BigDecimal amount = round(r, 5_000, 900_000);
            boolean tbd = i == 17 || i == 82;
            LocalDate invoiced = day(r, LocalDate.of(2024, 1, 15), LocalDate.of(2024, 12, 10));
            int k = r.nextInt(3);
            BigDecimal paid = tbd || k == 0 ? BigDecimal.ZERO : k == 1 ? amount.divide(BigDecimal.TWO) : amount;
            String st = tbd || k == 0 ? "未回款" : k == 1 ? "部分回款" : "已回款";
            LocalDate paidOn = paid.signum() > 0 ? invoiced.plusDays(10 + r.nextInt(80)) : null;
            String no = "SO2024" + String.format("%04d", 301 + i);
            s.data(no, c, tbd ? "TBD" : "¥" + money(amount, "#,##0.00"), invoiced, pick(r, OWNERS), fmt(paid, "#,##0.00"),
                    tbd ? null : fmt(amount.subtract(paid), "#,##0.00"), paidOn,
                    paidOn == null ? null : pick(r, new String[] {"银行转账", "承兑汇票", "支付宝"}), st,
                    (int) java.time.temporal.ChronoUnit.DAYS.between(invoiced, LocalDate.of(2024, 12, 31)));
            t.customer(c);
            t.order(no, st);
            if (!tbd) {
                t.amountYuan(amount);
            }
            t.date(invoiced);
            if (paidOn != null) {
                t.date(paidOn);
            }
        }
        int last = s.lines.size();
        s.footer("合计", null, null, null, null, fmt(formula("SUM(F" + first + ":F" + last + ")"), "#,##0.00"),
                fmt(formula("SUM(G" + first + ":G" + last + ")"), "#,##0.00"));
    }

    private void tradeShowLeads() {
        Random r = seed("expo");
        Tracker t = add(new Tracker("2024工博会线索跟进.csv", "follow-ups", "zh", "csv")).text("UTF-8", ",").unmapped("意向度")
                .notes("trade-show leads: UTF-8 without BOM; the year is only in the title line (header on row 2);"
                        + " 登记日期 and 回访日期 are month/day '9/24'; 联系人 holds name and mobile; 行业 and 客户来源 are"
                        + " customer fields, 意向度 matches none; several rows per lead");
        Tracker.Sheet s = t.sheet("2024工博会线索跟进");
        s.line("2024上海工博会线索跟进（展期9月24日-28日）");
        s.header("登记日期", "客户名称", "联系人", "行业", "客户来源", "意向度", "跟进记录", "状态", "回访日期");
        List<String> customers = zhCompanies(r, 50);
        Map<String, String[]> people = contacts(r, customers);
        String[] path = {"待回访", "跟进中", "有意向", "已报价"};
        String[] industries = {"汽车零部件", "3C电子", "锂电", "光伏", "食品包装", "医疗器械"};
        Progress p = new Progress();
        for (Visit v : visits(r, customers, 140, LocalDate.of(2024, 9, 24), LocalDate.of(2024, 11, 29))) {
            String st = p.next(r, v.customer(), path, "无意向");
            String[] who = people.get(v.customer());
            LocalDate back = v.date().plusDays(3 + r.nextInt(14));
            boolean open = !st.equals("无意向");
            s.data(v.date().getMonthValue() + "/" + v.date().getDayOfMonth(), v.customer(), who[0] + " " + who[1],
                    industries[Math.abs(v.customer().hashCode()) % industries.length], "展会",
                    pick(r, new String[] {"高", "中", "低"}), pick(r, FU_TEXT), st,
                    open ? back.getMonthValue() + "/" + back.getDayOfMonth() : "");
            t.customer(v.customer());
            t.followUp();
            t.date(v.date());
            if (open) {
                t.date(back);
            }
            t.customerStage(v.customer(), st);
        }
    }

    private void dailyReportPerMonth() {
        Random r = seed("daily");
        Tracker t = add(new Tracker("销售日报-张敏.xlsx", "follow-ups", "zh", "xlsx"))
                .notes("one rep's daily report, one sheet per month named '3月'..'5月', the year only in each sheet's"
                        + " title line (header on row 2); 日期 is text '3月15日'; 拜访形式/内容/进展 wording; 关联订单 names an"
                        + " order on some rows (distinct_orders counts them)");
        List<String> customers = zhCompanies(r, 22);
        Map<String, String[]> people = contacts(r, customers);
        Map<String, String> orderOf = new HashMap<>();
        for (int i = 0; i < customers.size(); i += 2) {
            orderOf.put(customers.get(i), "DD2024" + String.format("%04d", 500 + i));
        }
        Progress p = new Progress();
        for (int month = 3; month <= 5; month++) {
            Tracker.Sheet s = t.sheet(month + "月");
            s.line("2024年" + month + "月 销售日报（张敏）").merge(0, 7);
            s.header("日期", "客户", "联系人", "拜访形式", "内容", "关联订单", "进展", "明日计划");
            LocalDate from = LocalDate.of(2024, month, 1);
            for (Visit v : visits(r, customers.subList(0, 14 + r.nextInt(8)), 45 + r.nextInt(20), from,
                    from.plusMonths(1).minusDays(1))) {
                String st = p.next(r, v.customer(), ZH_PATH, "已流失");
                String order = orderOf.get(v.customer());
                s.data(v.date().getMonthValue() + "月" + v.date().getDayOfMonth() + "日", v.customer(),
                        people.get(v.customer())[0], pick(r, new String[] {"拜访", "电话", "微信", "邮件"}), pick(r, FU_TEXT),
                        order, st, pick(r, NEXT));
                t.customer(v.customer());
                t.followUp();
                t.date(v.date());
                if (order != null) {
                    t.orderSeen(order);
                }
                t.customerStage(v.customer(), st);
            }
        }
    }

    private void legacyXlsOpenAndClosed() {
        Random r = seed("legacy");
        Tracker t = add(new Tracker("老系统导出-订单.xls", "orders", "zh", "xls")).amountColumn("金额")
                .unmapped("备用字段1", "备用字段2")
                .notes("old system's .xls export: sheets 在途订单 and 已完结订单, title and export-time lines above the"
                        + " header (row 3); orders finished later appear again in 已完结订单 with 已成交/已流失; 金额 is text"
                        + " '12,000元'; 备用字段1/2 are mostly empty but their values must be kept");
        List<String> customers = zhCompanies(r, 35);
        record Row(String no, String customer, String contact, LocalDate date, BigDecimal amount, String owner) {}
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            rows.add(new Row("LX" + (23_0001 + i * 3), customers.get(r.nextInt(customers.size())), zhPerson(r),
                    day(r, LocalDate.of(2023, 9, 1), LocalDate.of(2024, 10, 31)), round(r, 3_000, 400_000), pick(r, OWNERS)));
        }
        String[] openStates = {"跟进中", "已报价", "谈判中", "签约中"};
        Tracker.Sheet open = t.sheet("在途订单");
        Tracker.Sheet done = t.sheet("已完结订单");
        for (Tracker.Sheet s : List.of(open, done)) {
            s.line("订单管理系统 - " + s.name);
            s.line("导出时间：2024-12-31 17:05:22");
            s.header("订单号", "客户名称", "联系人", "下单日期", "金额", "订单状态", "负责人", "备用字段1", "备用字段2");
        }
        List<Row> finished = new ArrayList<>();
        for (Row o : rows) {
            int k = r.nextInt(10);
            if (k < 7) {
                write(t, open, r, o.no(), o.customer(), o.contact(), o.date(), o.amount(), pick(r, openStates), o.owner());
                if (k < 3) {
                    finished.add(o);
                }
            } else {
                finished.add(o);
            }
        }
        for (Row o : finished) {
            write(t, done, r, o.no(), o.customer(), o.contact(), o.date(), o.amount(), r.nextInt(4) == 0 ? "已流失" : "已成交",
                    o.owner());
        }
    }

    private static void write(Tracker t, Tracker.Sheet s, Random r, String no, String customer, String contact,
            LocalDate date, BigDecimal amount, String state, String owner) {
        s.data(no, customer, contact, date, money(amount, "#,##0") + "元", state, owner,
                r.nextInt(12) == 0 ? "VIP" : null, r.nextInt(25) == 0 ? "需开专票" : null);
        t.customer(customer);
        t.order(no, state);
        t.amountYuan(amount);
        t.date(date);
    }

    private void projectsInWan() {
        Random r = seed("wan");
        Tracker t = add(new Tracker("项目商机跟进表（万元）.xlsx", "orders", "zh", "xlsx")).amountColumn("预计成交金额（万元）")
                .unmapped("所属大区")
                .notes("header on row 5 below a title, the period, a units note and a blank line; 预计成交金额（万元） in 万;"
                        + " 商机阶段 mixes CRM words 初步接触..赢单/输单; 最近沟通 is text '2024-03-15 14:30'; a 合计 row");
        Tracker.Sheet s = t.sheet("重点项目");
        s.line("重点项目商机跟进表").merge(0, 10);
        s.line("统计口径：2024年1月1日—2024年12月31日");
        s.line("金额单位：万元；状态以最新一次沟通为准");
        s.blank();
        s.header("项目编号", "项目名称", "客户名称", "所属大区", "预计成交金额（万元）", "商机阶段", "预计签约日期", "负责人", "最近沟通", "沟通方式",
                "备注");
        List<String> customers = zhCompanies(r, 40);
        String[] all = {"初步接触", "需求分析", "方案报价", "商务谈判", "赢单", "输单"};
        int first = s.lines.size() + 1;
        for (int i = 0; i < 60; i++) {
            String c = customers.get(r.nextInt(customers.size()));
            BigDecimal wan = BigDecimal.valueOf(500 + r.nextInt(80_000), 2);
            LocalDate sign = day(r, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 31));
            LocalDateTime talked = at(r, day(r, LocalDate.of(2024, 1, 5), LocalDate.of(2024, 12, 20)));
            String no = "XM-2024-" + String.format("%03d", i + 1);
            String st = pick(r, all);
            s.data(no, c.substring(0, 2) + pick(r, new String[] {"智能工厂", "产线改造", "仓储自动化", "信息化"}) + "项目", c,
                    region(c), wan, st, fmt(sign, "yyyy/m/d"), pick(r, OWNERS), f(talked, "yyyy-MM-dd HH:mm"),
                    pick(r, METHODS), r.nextInt(5) == 0 ? "需总经理拜访" : null);
            t.customer(c);
            t.order(no, st);
            t.amountYuan(wan(wan));
            t.date(sign);
            t.date(talked.toLocalDate());
        }
        int last = s.lines.size();
        s.footer("合计", null, null, null, fmt(formula("SUM(E" + first + ":E" + last + ")"), "0.00"));
    }

    private static String region(String company) {
        String city = company.substring(0, 2);
        return switch (city) {
            case "北京", "天津", "青岛", "郑州" -> "华北";
            case "深圳", "广州", "东莞", "佛山", "厦门" -> "华南";
            case "成都", "重庆", "武汉", "长沙" -> "华中西南";
            default -> "华东";
        };
    }

    private void crmActivityTsv() {
        Random r = seed("activities");
        Tracker t = add(new Tracker("crm-activity-export.tsv", "follow-ups", "en", "csv")).text("UTF-8", "\t")
                .notes("CRM activity export: UTF-8, tab separated; Activity Date ISO with a T '2024-03-15T14:30:00';"
                        + " Related Opportunity names an opportunity on some rows (distinct_orders counts them)");
        Tracker.Sheet s = t.sheet("crm-activity-export");
        s.header("Activity Date", "Account Name", "Contact", "Activity Type", "Subject", "Comments", "Status", "Assigned To",
                "Related Opportunity");
        List<String> accounts = enCompanies(r, 40);
        Map<String, String> contact = new HashMap<>();
        Map<String, String> opp = new HashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            contact.put(accounts.get(i), enPerson(r));
            if (i % 3 == 0) {
                opp.put(accounts.get(i), "OPP-" + (7001 + i));
            }
        }
        String[] path = {"Attempted", "Connected", "Meeting Booked", "Proposal Sent", "Won"};
        Progress p = new Progress();
        for (Visit v : visits(r, accounts, 200, LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 31))) {
            String st = p.next(r, v.customer(), path, "Disqualified");
            String o = opp.get(v.customer());
            s.data(f(at(r, v.date()), "yyyy-MM-dd'T'HH:mm:ss"), v.customer(), contact.get(v.customer()),
                    pick(r, new String[] {"Call", "Email", "Meeting", "Task"}), pick(r, EN_NEXT), pick(r, EN_NOTES), st,
                    pick(r, EN_OWNERS), o == null ? "" : o);
            t.customer(v.customer());
            t.followUp();
            t.date(v.date());
            if (o != null) {
                t.orderSeen(o);
            }
            t.customerStage(v.customer(), st);
        }
    }

    private void ukOrderBook() {
        Random r = seed("uk");
        Tracker t = add(new Tracker("uk-order-book.csv", "orders", "en", "csv")).text("UTF-8 BOM", ",").amountColumn("Value")
                .notes("UK order book: UTF-8 with BOM; title and a blank line above the header (row 3); dates 15/03/2024"
                        + " (day first); Value like '£1,234.50'; a Total line at the bottom");
        t.currency = "GBP";
        Tracker.Sheet s = t.sheet("uk-order-book");
        s.line("Order book - UK branch", "", "", "", "", "", "");
        s.line("", "", "", "", "", "", "");
        s.header("Order Ref", "Customer", "Contact", "Order Date", "Value", "Status", "Account Manager");
        String[] customers = {"Thames Valley Foods Ltd", "Pennine Engineering plc", "Clyde Marine Ltd",
                "Cotswold Packaging Ltd", "Mersey Logistics Ltd", "Highland Dairies Ltd", "Bristol Robotics Ltd",
                "Severn Medical Supplies", "Yorkshire Steel Works", "Kentish Brewing Co"};
        String[] states = {"Quoted", "Confirmed", "Dispatched", "Invoiced", "Paid", "Cancelled"};
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 40; i++) {
            String c = customers[r.nextInt(customers.length)];
            LocalDate d = day(r, LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
            BigDecimal v = price(r, 200, 60_000);
            String no = "UK" + (10_400 + i);
            String st = pick(r, states);
            s.data(no, c, enPerson(r), f(d, "dd/MM/yyyy"), "£" + money(v, "#,##0.00"), st, pick(r, EN_OWNERS));
            t.customer(c);
            t.order(no, st);
            t.amountYuan(v);
            t.date(d);
            sum = sum.add(v);
        }
        s.footer("Total", "", "", "", "£" + money(sum, "#,##0.00"), "", "");
    }

    private void fxiaokeFollowUpRecords() {
        Random r = seed("fxiaoke-records");
        Tracker t = add(new Tracker("销售记录-纷享销客导出.xlsx", "follow-ups", "zh", "xlsx"))
                .notes("CRM follow-up export (纷享销客 style 销售记录): 跟进时间 text '2024-03-15 14:30'; 跟进类型; 关联商机"
                        + " and 商机阶段 on most rows; stage_spread is per customer by its latest 商机阶段");
        Tracker.Sheet s = t.sheet("销售记录");
        s.header("客户名称", "跟进时间", "跟进类型", "跟进内容", "创建人", "关联商机", "商机阶段", "联系人");
        List<String> customers = zhCompanies(r, 45);
        Map<String, String[]> people = contacts(r, customers);
        Progress p = new Progress();
        for (Visit v : visits(r, customers, 260, LocalDate.of(2024, 5, 6), LocalDate.of(2024, 12, 31))) {
            String st = p.next(r, v.customer(), CRM_ZH_PATH, "输单");
            String opp = "SJ" + String.format("%05d", Math.abs(v.customer().hashCode()) % 100_000);
            s.data(v.customer(), f(at(r, v.date()), "yyyy-MM-dd HH:mm"),
                    pick(r, new String[] {"电话", "拜访", "微信", "邮件", "会议"}), pick(r, FU_TEXT), pick(r, OWNERS), opp, st,
                    people.get(v.customer())[0]);
            t.customer(v.customer());
            t.followUp();
            t.date(v.date());
            t.orderSeen(opp);
            t.customerStage(v.customer(), st);
        }
    }
}
