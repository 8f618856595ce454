package app.gendan.testing.corpus;

import static app.gendan.testing.corpus.Cell.fmt;
import static app.gendan.testing.corpus.Cell.formula;
import static app.gendan.testing.corpus.CorpusRows.*;
import static app.gendan.testing.corpus.Pools.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Order lists in Chinese: a row per order or order line, from reps' workbooks, old systems and ERPs. */
final class ChineseOrders {
    private ChineseOrders() {}

    static Tracker monthlyOrderSheets() {
        Random r = seed("monthly");
        Tracker t = new Tracker("订单跟踪表-2024上半年.xlsx", "orders", "zh", "xlsx").amountColumn("金额")
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
        return t;
    }

    static Tracker oldXlsOrderDetails() {
        Random r = seed("xls2023");
        Tracker t = new Tracker("销售订单明细-2023.xls", "orders", "zh", "xls").amountColumn("总价")
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
        return t;
    }

    static Tracker gbkOrderTracker() {
        Random r = seed("gbk");
        Tracker t = new Tracker("跟单表-GBK.csv", "orders", "zh", "csv").text("GBK", ",").amountColumn("金额")
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
        return t;
    }

    static Tracker big5TaiwanOrders() {
        Random r = seed("big5");
        Tracker t = new Tracker("業務追蹤表-Big5.csv", "orders", "zh", "csv").text("Big5", ",").amountColumn("金額(NT$)")
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
        return t;
    }

    static Tracker erpPipeOrderLines() {
        Random r = seed("erp");
        Tracker t = new Tracker("ERP销售订单导出.txt", "orders", "zh", "csv").text("UTF-8", "|").amountColumn("价税合计")
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
        return t;
    }

    static Tracker serialNumberDates() {
        Random r = seed("serial");
        Tracker t = new Tracker("订单导出-日期为数字.csv", "orders", "zh", "csv").text("UTF-8", ",").amountColumn("金额")
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
        return t;
    }

    static Tracker wpsQuoteTracker() {
        Random r = seed("wps");
        Tracker t = new Tracker("报价跟进表-WPS.xlsx", "orders", "zh", "xlsx").amountColumn("预计成交金额（万元）")
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
        return t;
    }

    static Tracker paymentTracking() {
        Random r = seed("payments");
        Tracker t = new Tracker("订单回款跟踪.xlsx", "orders", "zh", "xlsx").amountColumn("合同金额").unmapped("开票日期", "回款方式", "账龄(天)")
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
        return t;
    }

    static Tracker legacyXlsOpenAndClosed() {
        Random r = seed("legacy");
        Tracker t = new Tracker("老系统导出-订单.xls", "orders", "zh", "xls").amountColumn("金额")
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
        return t;
    }

    static Tracker projectsInWan() {
        Random r = seed("wan");
        Tracker t = new Tracker("项目商机跟进表（万元）.xlsx", "orders", "zh", "xlsx").amountColumn("预计成交金额（万元）")
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
        return t;
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
}
