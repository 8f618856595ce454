package app.gendan.testing.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Names, products and formats the corpus draws from, close to what real trackers hold. */
final class Pools {
    private Pools() {}

    static final String[] CITIES = {"上海", "北京", "深圳", "广州", "杭州", "苏州", "成都", "武汉", "宁波", "东莞", "南京", "青岛",
            "厦门", "佛山", "无锡", "合肥", "长沙", "郑州", "天津", "重庆"};
    static final String[] WORDS = {"华信", "恒泰", "瑞丰", "明辉", "鼎新", "宏远", "金源", "卓越", "诚达", "天成", "永利", "中科",
            "新航", "博峰", "睿智", "凯盛", "佳禾", "润达", "远航", "汇通", "万邦", "盛世", "联创", "海纳", "同创", "精工"};
    static final String[] TRADES = {"电子科技", "自动化设备", "精密机械", "医疗器械", "食品", "包装材料", "新材料", "五金制品",
            "家居", "贸易", "物流", "环保设备", "新能源", "光电", "化工", "纺织", "汽车配件", "建材", "仪器仪表", "软件",
            "通信设备", "模具", "塑胶制品", "电气", "生物科技", "智能装备"};
    static final String[] FORMS = {"有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高",
            "林", "何", "郭", "马", "罗"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "建华",
            "志强", "晓东", "丽娟", "海燕", "国庆", "文博", "雪梅", "俊杰", "子涵"};
    static final String[] OWNERS = {"王磊", "陈静", "刘洋", "张敏", "赵磊", "孙丽", "周杰", "李娜"};
    static final String[] PRODUCTS = {"伺服电机 MS-750W", "PLC控制器 FX5U-32MT", "变频器 VFD-22K", "工业机器人 ER20",
            "激光切割机 LC-3015", "螺杆空压机 SA-37", "冷水机组 CW-60", "UPS电源 10kVA", "数控系统 DX-9000",
            "传感器 RF-220S", "检测仪 JY-88", "输送线 CD-7", "包装机 DXD-420", "注塑机 HX-280", "离心机 TGL-16",
            "ERP软件许可", "MES系统实施", "机房空调 CA-25"};
    static final String[] METHODS = {"电话", "微信", "上门拜访", "邮件", "电话", "微信", "视频会议"};
    static final String[] FU_TEXT = {"电话沟通需求，客户计划下季度采购", "发送产品资料和报价单", "上门拜访，演示样机效果良好",
            "微信确认技术参数，等待客户内部评审", "客户反馈价格偏高，申请特价", "确认合同条款，法务审核中", "跟进回款计划，分两期支付",
            "客户临时追加数量", "安排工程师现场勘察", "客户负责人出差，约下周再谈", "参加客户招标答疑会", "寄送样品，客户试用中",
            "客户已选定竞品，暂不考虑", "老客户回访，询问新项目", "催促客户盖章回传合同"};
    static final String[] FEEDBACK = {"有兴趣，需内部讨论", "价格需要再降5%", "对交期有顾虑", "满意，准备下单", "暂无预算",
            "要求提供案例", "决策人是总经理", "等待招标结果", ""};
    static final String[] NEXT = {"发送修改后的报价", "安排面谈", "寄送样品", "催收尾款", "确认发货时间", "回访满意度", "提交合同盖章",
            "约技术交流", "邀请来厂参观"};

    static final String[] EN_PREFIX = {"Acme", "Globex", "Northwind", "Contoso", "Fabrikam", "Initech", "Umbrella", "Stark",
            "Wayne", "Tyrell", "Hooli", "Vandelay", "Oscorp", "Blue Harbor", "Silverline", "Redwood", "Summit", "Pioneer",
            "Evergreen", "Lakeside", "Brightstar", "Ironclad", "Keystone", "Meridian", "Atlas", "Harbor Point", "Golden Gate",
            "Pacific Rim", "Maple Leaf", "Sunrise"};
    static final String[] EN_SUFFIX = {"Industries", "Trading", "Logistics", "Manufacturing", "Systems", "Foods", "Electronics",
            "Medical", "Supply Co.", "Group", "Robotics", "Packaging"};
    static final String[] EN_FORM = {" Inc.", " Ltd.", " LLC", "", " GmbH", " Pty Ltd"};
    static final String[] EN_FIRST = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David",
            "Emily", "Daniel", "Sarah", "Kevin", "Laura", "Wei", "Hiroshi", "Anna", "Carlos", "Priya", "Tom"};
    static final String[] EN_LAST = {"Smith", "Johnson", "Brown", "Lee", "Garcia", "Miller", "Davis", "Wilson", "Chen", "Wang",
            "Kim", "Patel", "Rossi", "Nguyen", "Tanaka", "Taylor", "Clark", "Walker"};
    static final String[] EN_OWNERS = {"Alice Wong", "Brian Lee", "Chen Li", "Diana Park", "Ethan Ross", "Fiona Hall"};
    static final String[] EN_PRODUCTS = {"CNC Router X5", "Servo Motor 750W", "PLC Controller FX5U", "Industrial Sensor Kit",
            "Conveyor Belt 10m", "Packaging Line PL-2", "Annual Support Plan", "SaaS Licence (50 seats)", "Laser Cutter 3015",
            "Air Compressor 37kW", "Spare Parts Bundle", "Installation Service"};
    static final String[] EN_NOTES = {"Intro call, interested in Q3 rollout", "Sent brochure and price list",
            "Demo on site, went well", "Asked for 10% discount", "Waiting for budget approval", "Legal reviewing contract",
            "Chasing signed PO", "Left voicemail", "Competitor is cheaper, sent comparison", "Confirmed delivery window",
            "Follow-up on invoice", "Referred to purchasing manager"};
    static final String[] EN_NEXT = {"Send revised quote", "Book meeting", "Ship samples", "Chase payment", "Confirm delivery",
            "Call back", "Send contract", "Schedule demo"};

    static <T> T pick(Random r, T[] a) {
        return a[r.nextInt(a.length)];
    }

    static String zhCompany(Random r) {
        return pick(r, CITIES) + pick(r, WORDS) + pick(r, TRADES) + pick(r, FORMS);
    }

    static List<String> zhCompanies(Random r, int n) {
        Set<String> s = new LinkedHashSet<>();
        while (s.size() < n) {
            s.add(zhCompany(r));
        }
        return new ArrayList<>(s);
    }

    static List<String> enCompanies(Random r, int n) {
        Set<String> s = new LinkedHashSet<>();
        while (s.size() < n) {
            s.add(pick(r, EN_PREFIX) + " " + pick(r, EN_SUFFIX) + pick(r, EN_FORM));
        }
        return new ArrayList<>(s);
    }

    static String zhPerson(Random r) {
        return pick(r, SURNAMES) + pick(r, GIVEN);
    }

    static String enPerson(Random r) {
        return pick(r, EN_FIRST) + " " + pick(r, EN_LAST);
    }

    static String mobile(Random r) {
        String[] heads = {"138", "139", "136", "135", "150", "152", "158", "186", "188", "177", "199", "133"};
        return pick(r, heads) + String.format("%08d", r.nextInt(100_000_000));
    }

    static String usPhone(Random r) {
        return String.format("+1 (%03d) 555-%04d", 200 + r.nextInt(700), r.nextInt(10000));
    }

    /** A price in yuan with two decimals, between lo and hi. */
    static BigDecimal price(Random r, int lo, int hi) {
        return BigDecimal.valueOf(lo * 100L + r.nextInt((hi - lo) * 100), 2);
    }

    /** Whole yuan amounts rounded to hundreds, as quotes usually are. */
    static BigDecimal round(Random r, int lo, int hi) {
        return BigDecimal.valueOf((lo + r.nextInt(hi - lo)) / 100 * 100L);
    }

    static LocalDate day(Random r, LocalDate from, LocalDate to) {
        return from.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    static LocalDateTime at(Random r, LocalDate d) {
        return d.atTime(8 + r.nextInt(10), r.nextInt(4) * 15);
    }

    static String f(LocalDate d, String pattern) {
        return DateTimeFormatter.ofPattern(pattern).format(d);
    }

    static String f(LocalDateTime d, String pattern) {
        return DateTimeFormatter.ofPattern(pattern).format(d);
    }

    /** The day number Excel stores for a date (1900 date system). */
    static long serial(LocalDate d) {
        return ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d);
    }

    static String money(BigDecimal v, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /** 12.500,00 as written in Germany, France or Italy. */
    static String euMoney(BigDecimal v) {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.GERMANY);
        return new DecimalFormat("#,##0.00", s).format(v);
    }

    static BigDecimal wan(BigDecimal wan) {
        return wan.multiply(BigDecimal.valueOf(10_000)).setScale(2, RoundingMode.HALF_UP);
    }
}
