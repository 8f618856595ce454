package app.gendan.service.imports.map;

import static app.gendan.service.imports.ImportField.*;

import app.gendan.service.imports.ImportField;
import app.gendan.service.imports.detect.HeaderText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everyday Chinese and English names for each Gendan field, as people type them in trackers
 * and CRM exports. Terms are stored normalised ({@link HeaderText#key}); a term may point to
 * several fields with different weights ("状态" is usually the stage, sometimes the outcome).
 */
public final class HeaderSynonyms {

    /** One meaning of a term. */
    public record Sense(ImportField field, double weight) {}

    private static final Map<String, List<Sense>> TERMS = new HashMap<>();

    static {
        add(CUSTOMER_NAME, 1.0, "客户名称", "客户", "客户名", "客户全称", "客户公司", "客户单位", "公司", "公司名称", "公司名",
                "公司全称", "单位", "单位名称", "企业", "企业名称", "购买方", "买方", "采购方", "甲方", "往来单位", "合作方", "商户",
                "客户名字", "customer", "customer name", "client", "client name", "company", "company name", "account",
                "account name", "organization", "organisation", "organization name", "org", "org name", "buyer",
                "business name", "customer company");
        add(CUSTOMER_NAME, 0.8, "经销商", "代理商", "收货单位", "机构", "名称");
        add(CUSTOMER_SHORT_NAME, 1.0, "客户简称", "简称", "公司简称", "单位简称", "企业简称", "short name", "abbreviation",
                "customer short name", "alias");
        add(INDUSTRY, 1.0, "行业", "所属行业", "行业类别", "客户行业", "行业分类", "industry", "sector", "vertical");
        add(SOURCE, 1.0, "来源", "客户来源", "线索来源", "渠道", "获客渠道", "来源渠道", "客户渠道", "source", "lead source",
                "channel", "origin", "referral source");
        add(GRADE, 1.0, "等级", "客户等级", "级别", "客户级别", "分级", "客户分级", "客户分类", "客户类型", "grade", "level",
                "tier", "rating", "customer grade", "customer level", "abc");
        add(ADDRESS, 1.0, "地址", "公司地址", "详细地址", "收货地址", "客户地址", "所在地", "办公地址", "送货地址", "通讯地址",
                "address", "street", "street address", "billing address", "shipping address", "location");
        add(CONTACT_NAME, 1.0, "联系人", "联系人姓名", "客户联系人", "对接人", "联络人", "收货人", "姓名", "客户姓名",
                "contact", "contact person", "contact name", "person", "full name", "name", "primary contact");
        // Taiwan and Hong Kong wordings beyond the characters (which HeaderText folds to simplified ones)
        add(CONTACT_NAME, 1.0, "联络窗口", "窗口", "业务窗口");
        add(CONTACT_MOBILE, 1.0, "行动电话", "手提电话");
        add(PRODUCT, 1.0, "品项", "料号", "品号");
        add(PROMISED_DELIVERY, 1.0, "交货日", "交期日");
        add(CONTACT_TITLE, 1.0, "职位", "职务", "岗位", "头衔", "联系人职位", "联系人职务", "title", "job title", "position",
                "designation", "role", "contact title");
        add(CONTACT_PHONE, 1.0, "电话", "联系电话", "联系方式", "座机", "固话", "办公电话", "电话号码", "联系人电话", "公司电话",
                "客户电话", "tel", "telephone", "phone", "phone number", "work phone", "office phone", "landline",
                "contact phone", "contact number");
        add(CONTACT_MOBILE, 1.0, "手机", "手机号", "手机号码", "移动电话", "联系人手机", "mobile", "mobile phone", "cell",
                "cell phone", "cellphone", "mobile number");
        add(EMAIL, 1.0, "邮箱", "电子邮箱", "电子邮件", "邮件地址", "邮箱地址", "email", "e mail", "mail", "email address");
        add(WECHAT, 1.0, "微信", "微信号", "微信id", "微信账号", "wechat", "wechat id", "weixin", "wx");
        add(ORDER_NUMBER, 1.0, "订单号", "单号", "订单编号", "合同号", "合同编号", "单据编号", "单据号", "销售单号", "销售订单号",
                "po号", "订单id", "流水号", "项目编号", "商机编号", "order number", "order no", "order id", "order",
                "so number", "so no", "sales order", "po number", "po no", "deal id", "contract number", "contract no",
                "reference", "ref no", "reference number");
        add(ORDER_NUMBER, 0.7, "编号", "id", "no"); // not 序号: a row counter, kept as an extra field
        add(ORDER_TITLE, 1.0, "订单名称", "项目名称", "项目", "商机", "商机名称", "订单标题", "机会名称", "标题", "主题", "需求",
                "deal title", "deal", "deal name", "opportunity", "opportunity name", "project", "project name",
                "order title");
        add(ORDER_TITLE, 0.6, "title", "subject");
        add(PRODUCT, 1.0, "产品", "产品型号", "型号", "规格", "规格型号", "产品名称", "品名", "货品", "物料", "商品", "商品名称",
                "品名规格", "货物名称", "产品规格", "产品名", "机型", "product", "product name", "model", "item", "sku",
                "spec", "specification", "part number", "part no", "goods", "article", "product model");
        add(QUANTITY, 1.0, "数量合计", "总数量", "数量", "订货数量", "订单数量", "件数", "台数", "数目", "采购数量", "qty", "quantity", "units", "pcs",
                "count");
        add(UNIT_PRICE, 1.0, "单价", "含税单价", "售价", "单位价格", "销售单价", "成交单价", "unit price", "price",
                "price per unit", "unit cost", "rate");
        add(UNIT_PRICE, 0.7, "价格", "报价");
        add(AMOUNT, 1.0, "金额", "总金额", "订单金额", "合同金额", "总价", "合计金额", "销售额", "成交金额", "金额合计", "报价金额",
                "总额", "货款", "价税合计", "商机金额", "预计金额", "订单总额", "含税金额", "amount", "value", "total",
                "deal value", "order value", "total amount", "revenue", "contract value", "order total", "deal amount",
                "opportunity amount", "sales amount", "total value");
        // a sum column headed by the sum's own word: 合计, 合计（元）, Grand Total
        add(AMOUNT, 1.0, "合计", "总计", "grand total", "line total");
        add(CURRENCY, 1.0, "币种", "货币", "币别", "结算币种", "currency", "curr", "ccy");
        add(STAGE, 1.0, "阶段", "跟单阶段", "销售阶段", "进度", "当前状态", "订单状态", "跟进状态", "进展", "当前进度", "跟单状态",
                "商机阶段", "当前阶段", "订单进度", "stage", "deal stage", "pipeline stage", "sales stage", "phase",
                "progress");
        add(STAGE, 0.9, "状态");
        // wordings of trackers from other teams: 当前环节, 商机状态, 环节
        add(STAGE, 1.0, "当前环节", "环节", "所处环节", "商机状态", "项目阶段", "项目进展", "项目状态", "跟单进度", "opportunity stage",
                "stage name");
        add(STAGE, 0.75, "status");
        add(STATUS, 1.0, "status", "deal status", "成交状态", "输赢", "结果", "outcome", "result", "won lost", "赢单状态");
        add(STATUS, 0.8, "状态");
        add(OWNER, 1.0, "负责人", "责任人", "业务员", "销售", "销售员", "跟单员", "跟进人", "业务负责人", "归属人", "销售代表",
                "客户经理", "所属销售", "对接销售", "业务", "销售负责人", "跟单人", "业务代表", "owner", "deal owner",
                "sales rep", "salesperson", "sales person", "rep", "account manager", "assigned to", "responsible",
                "sales owner", "account owner", "salesman");
        add(OWNER, 0.7, "经办人", "user", "assignee");
        add(PRIORITY, 1.0, "优先级", "重要程度", "紧急程度", "重要性", "紧急度", "priority", "importance", "urgency");
        add(LOST_REASON, 1.0, "流失原因", "丢单原因", "输单原因", "失败原因", "未成交原因", "丢失原因", "lost reason",
                "reason lost", "loss reason", "lost reasons", "why lost");
        add(CREATED_DATE, 1.0, "创建时间", "创建日期", "录入日期", "登记日期", "录入时间", "建档日期", "created", "created at",
                "created date", "date created", "add time", "created on");
        add(ORDER_DATE, 1.0, "下单日期", "订单日期", "下单时间", "签单日期", "成交日期", "合同日期", "签约日期", "订货日期",
                "order date", "po date", "booking date", "date ordered", "booked on", "date booked", "booked date");
        add(ORDER_DATE, 0.9, "booked");
        add(ORDER_DATE, 0.7, "日期", "date");
        add(EXPECTED_CLOSE, 1.0, "预计成交日期", "预计成交", "预计签约日期", "预计结单日期", "预计成交时间", "预计签单日期",
                "expected close date", "close date", "expected close", "closing date", "est close date",
                "estimated close date", "expected closing date");
        add(QUOTE_EXPIRES, 1.0, "报价有效期", "报价截止日期", "报价到期日", "quote expiry", "quote valid until", "valid until",
                "quote expiration date");
        add(CONTRACT_EXPIRES, 1.0, "合同到期日", "合同截止日期", "合同有效期", "合同到期", "到期日", "contract end",
                "contract end date", "contract expiry", "expiry date", "renewal date");
        add(PROMISED_DELIVERY, 1.0, "交期", "交货日期", "交付日期", "承诺交期", "约定交期", "交货期", "要求交期", "到货日期",
                "客户交期", "交货时间", "delivery date", "promised delivery", "promised date", "requested date",
                "required date", "eta");
        add(SHIP_BY, 1.0, "计划发货日期", "发货期限", "最晚发货日期", "应发货日期", "预计发货日期", "计划出货日期", "ship by",
                "ship by date", "planned ship date", "latest ship date");
        add(SHIPPED_DATE, 1.0, "发货日期", "实际发货日期", "发货时间", "出货日期", "出货时间", "shipped date", "shipped on",
                "actual ship date", "dispatch date", "ship date", "shipping date");
        add(CARRIER, 1.0, "物流公司", "快递公司", "承运商", "快递", "物流", "承运人", "carrier", "courier", "shipping company");
        add(TRACKING_NUMBER, 1.0, "物流单号", "快递单号", "运单号", "快递号", "物流编号", "货运单号", "tracking number",
                "tracking no", "tracking", "waybill", "awb");
        add(PAYMENT_DUE, 1.0, "付款日期", "应付款日期", "应收款日期", "回款期限", "账期到期日", "约定付款日", "预计回款日期",
                "付款期限", "应回款日期", "计划回款日期", "payment due", "payment due date", "due date", "invoice due",
                "invoice due date");
        add(RECEIVED_AMOUNT, 1.0, "回款金额", "已回款", "回款", "已收款", "收款金额", "实收金额", "到账金额", "已付金额", "回款额",
                "已回款金额", "实收", "paid", "amount paid", "received", "amount received", "payment received",
                "collected", "paid amount");
        add(RECEIVED_AMOUNT, 1.0, "已收金额", "已收", "已收款金额", "实收款", "实收款项", "已到账", "已到账金额", "累计回款",
                "amount collected", "total paid");
        add(RECEIVED_DATE, 1.0, "paid on", "received on", "date received", "collected on", "回款日", "到账时间",
                "收款日");
        add(RECEIVED_DATE, 1.0, "回款日期", "收款日期", "到账日期", "回款时间", "实际回款日期", "收款时间", "paid date",
                "payment received date", "received date", "date paid", "payment date");
        add(FOLLOW_UP_DATE, 1.0, "跟进时间", "跟进日期", "拜访日期", "联系日期", "沟通日期", "最近跟进", "最后跟进时间",
                "最近跟进日期", "拜访时间", "沟通时间", "联系时间", "follow up date", "last contact", "last contacted",
                "last activity date", "activity date", "contact date", "visit date", "follow up");
        add(FOLLOW_UP_DATE, 1.0, "回访时间", "来访日期", "沟通时间", "call date", "date of call", "meeting date",
                "activity datetime");
        add(FOLLOW_UP_METHOD, 1.0, "跟进方式", "沟通方式", "拜访方式", "跟进类型", "联系途径", "method", "follow up method",
                "activity type", "contact method", "type of contact");
        // 方式 alone, 拜访形式, 沟通形式: a follow-up log's "how"
        add(FOLLOW_UP_METHOD, 1.0, "方式", "形式", "拜访形式", "跟进形式", "沟通形式", "联系形式", "拜访类型", "沟通渠道",
                "call type", "activity kind", "touch type", "interaction type");
        add(FOLLOW_UP_SUMMARY, 1.0, "跟进内容", "跟进内容摘要", "跟进记录", "沟通内容", "跟进情况", "拜访记录", "沟通记录",
                "洽谈内容", "跟进摘要", "情况说明", "跟进详情", "summary", "follow up notes", "activity note", "call notes",
                "meeting notes", "activity", "notes of call", "discussion");
        // 内容 alone, 拜访纪要: what was said
        add(FOLLOW_UP_SUMMARY, 1.0, "内容", "纪要", "拜访纪要", "拜访内容", "沟通纪要", "会议纪要", "跟进纪要", "交流内容",
                "谈话内容", "工作内容", "沟通情况", "拜访情况", "call summary", "call note", "activity notes", "activity summary",
                "interaction notes", "details");
        // a CRM activity's subject is what the call was about; an order's title wins where one is free for it
        add(FOLLOW_UP_SUMMARY, 0.55, "subject");
        add(FOLLOW_UP_SUMMARY, 1.0, "activity subject", "call subject", "task subject");
        add(CUSTOMER_FEEDBACK, 1.0, "客户反馈", "反馈", "客户意见", "客户回复", "客户反应", "feedback", "customer feedback",
                "response", "reply", "customer response");
        add(CUSTOMER_FEEDBACK, 1.0, "跟进结果", "拜访结果", "沟通结果", "回访结果", "客户态度", "call outcome", "call result");
        add(NEXT_STEP, 1.0, "下一步计划", "下一步", "下步计划", "下一步行动", "后续计划", "跟进计划", "待办", "下次跟进内容",
                "下一步工作", "next step", "next steps", "next action", "next activity", "next activity subject", "to do",
                "todo", "action item");
        add(NEXT_STEP_DUE, 1.0, "下次跟进日期", "下次跟进时间", "下次联系时间", "下次联系日期", "下次跟进", "计划跟进日期",
                "回访日期", "提醒日期", "下次拜访日期", "next activity date", "next follow up", "next follow up date",
                "next contact date", "follow up by", "reminder date", "next step due", "next step date", "due", "next date",
                "next call", "next call date", "next contact");
        add(NOTES, 1.0, "备注", "说明", "附注", "备忘", "其他", "备注说明", "其它", "notes", "note", "remarks", "remark",
                "comments", "comment", "memo", "description");
    }

    private HeaderSynonyms() {}

    private static void add(ImportField field, double weight, String... terms) {
        for (String t : terms) {
            TERMS.computeIfAbsent(HeaderText.key(t), k -> new ArrayList<>()).add(new Sense(field, weight));
        }
    }

    /** Senses of a normalised key, empty when it is not a known term. */
    public static List<Sense> senses(String key) {
        return TERMS.getOrDefault(key, List.of());
    }

    /** Every known term (normalised), for matching terms inside longer headers. */
    static Map<String, List<Sense>> all() {
        return Collections.unmodifiableMap(TERMS);
    }
}
