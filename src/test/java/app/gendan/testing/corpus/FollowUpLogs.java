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

/** Follow-up logs in Chinese: a row per contact with a customer, as reps keep them in Excel or export them from a CRM. */
final class FollowUpLogs {
    private FollowUpLogs() {}

    static Tracker yearlyFollowUpLog() {
        Random r = seed("yearly");
        Tracker t = new Tracker("2024年度销售跟进表.xlsx", "follow-ups", "zh", "xlsx").unmapped("序号", "备用字段")
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
        return t;
    }

    static Tracker visitsPerRepWithGroupHeaders() {
        Random r = seed("visits");
        Tracker t = new Tracker("客户拜访记录-华东区.xlsx", "follow-ups", "zh", "xlsx").unmapped("客户规模", "备用字段")
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
        return t;
    }

    static Tracker gb18030FollowUps() {
        Random r = seed("gb18030");
        Tracker t = new Tracker("客户跟进记录-GB18030.csv", "follow-ups", "zh", "csv").text("GB18030", ",")
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
        return t;
    }

    static Tracker excelUnicodeTextFollowUps() {
        Random r = seed("utf16");
        Tracker t = new Tracker("跟进表-Unicode文本.txt", "follow-ups", "zh", "csv").text("UTF-16LE BOM", "\t")
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
        return t;
    }

    static Tracker quarterlyFollowUpsAcrossYears() {
        Random r = seed("quarters");
        Tracker t = new Tracker("2023-2024跟进汇总.xlsx", "follow-ups", "zh", "xlsx")
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
        return t;
    }

    static Tracker tradeShowLeads() {
        Random r = seed("expo");
        Tracker t = new Tracker("2024工博会线索跟进.csv", "follow-ups", "zh", "csv").text("UTF-8", ",").unmapped("意向度")
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
        return t;
    }

    static Tracker dailyReportPerMonth() {
        Random r = seed("daily");
        Tracker t = new Tracker("销售日报-张敏.xlsx", "follow-ups", "zh", "xlsx")
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
        return t;
    }

    static Tracker fxiaokeFollowUpRecords() {
        Random r = seed("fxiaoke-records");
        Tracker t = new Tracker("销售记录-纷享销客导出.xlsx", "follow-ups", "zh", "xlsx")
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
        return t;
    }
}
