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

/** Opportunity and activity exports with the column names of 纷享销客, 销售易, Salesforce, HubSpot and a generic CRM. */
final class CrmExports {
    private CrmExports() {}

    static Tracker fxiaokeOpportunityExport() {
        Random r = seed("fxiaoke");
        Tracker t = new Tracker("商机列表-纷享销客导出.xlsx", "orders", "zh", "xlsx").amountColumn("预计成交金额（万元）")
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
        return t;
    }

    static Tracker xiaoshouyiOpportunityCsv() {
        Random r = seed("xiaoshouyi");
        Tracker t = new Tracker("销售易-商机导出.csv", "orders", "zh", "csv").text("UTF-8 BOM", ",")
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
        return t;
    }

    static Tracker salesforceOpportunityReport() {
        Random r = seed("salesforce");
        Tracker t = new Tracker("salesforce-opportunities.csv", "orders", "en", "csv").text("UTF-8", ",")
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
        return t;
    }

    static Tracker hubspotDealsExport() {
        Random r = seed("hubspot");
        Tracker t = new Tracker("hubspot-crm-exports-all-deals.csv", "orders", "en", "csv").text("UTF-8 BOM", ",")
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
        return t;
    }

    static Tracker crmActivityTsv() {
        Random r = seed("activities");
        Tracker t = new Tracker("crm-activity-export.tsv", "follow-ups", "en", "csv").text("UTF-8", "\t")
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
        return t;
    }
}
