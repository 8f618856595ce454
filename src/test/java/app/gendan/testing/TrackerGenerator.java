package app.gendan.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes large, realistic Chinese order trackers for the benchmark and the kill test: one order
 * per row with its customer, contact, phone, number, title, amount, status word, owner, and the
 * last follow-up with its next step. 5,000 customers; the same row number always gives the
 * same row.
 */
public final class TrackerGenerator {
    public static final List<String> HEADERS = List.of("客户名称", "联系人", "联系电话", "订单号", "订单标题", "金额",
            "状态", "负责人", "跟进日期", "跟进内容", "下一步计划", "下次跟进日期");
    public static final int CUSTOMERS = 5000;

    private static final String[] CITIES = {"上海", "北京", "深圳", "广州", "杭州", "苏州", "成都", "武汉", "宁波", "东莞"};
    private static final String[] WORDS = {"华信", "恒泰", "瑞丰", "明辉", "鼎新", "宏远", "金源", "卓越", "诚达", "天成",
            "永利", "中科", "新航", "博峰", "睿智", "凯盛", "佳禾", "润达", "远航", "汇通"};
    private static final String[] TRADES = {"电子科技", "自动化设备", "精密机械", "医疗器械", "食品", "包装材料", "新材料",
            "五金制品", "家居", "贸易", "物流", "环保设备", "新能源", "光电", "化工", "纺织", "服装", "汽车配件", "建材",
            "仪器仪表", "软件", "通信设备", "模具", "塑胶制品", "电气"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明"};
    private static final String[] PRODUCTS = {"DX-9000 数控系统", "RF-220S 传感器", "MH-3100B 电机", "HT-500 控制柜",
            "JY-88 检测仪", "CD-7 输送线"};
    private static final String[] STAGES = {"需求确认", "已报价", "报价中", "合同签订", "已下单", "生产中", "待发货", "已发货",
            "已开票", "部分回款", "已回款", "售后", "赢单", "丢单", "洽谈中", "已签约"};
    private static final String[] OWNERS = {"王五", "李四", "张敏", "刘洋", "陈晓东", "赵磊", "孙丽", "周杰"};
    private static final String[] SUMMARIES = {"电话沟通交期，客户要求提前一周", "发送报价单，客户比价中", "拜访客户，演示样机",
            "微信确认技术参数", "客户反馈价格偏高，申请折扣", "确认合同条款，法务审核中", "跟进回款计划，分两期支付",
            "客户临时追加订单50台", "安排工程师现场调试"};
    private static final String[] NEXT = {"发送修改后的报价", "安排面谈", "寄送样品", "催收尾款", "确认发货时间", "回访满意度",
            "提交合同盖章", "约技术交流"};
    private static final LocalDate START = LocalDate.of(2024, 1, 2);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private TrackerGenerator() {}

    /** One row's values, in {@link #HEADERS} order; dates as LocalDate and the amount as BigDecimal. */
    public static Object[] row(int i) {
        Random r = new Random(i * 31L + 7);
        int c = i % CUSTOMERS;
        String customer = CITIES[c % CITIES.length] + WORDS[(c / CITIES.length) % WORDS.length]
                + TRADES[(c / (CITIES.length * WORDS.length)) % TRADES.length] + "有限公司";
        String contact = SURNAMES[c % SURNAMES.length] + GIVEN[(c / SURNAMES.length) % GIVEN.length];
        String phone = "139" + String.format("%08d", (c * 7919L) % 100_000_000L);
        String product = PRODUCTS[r.nextInt(PRODUCTS.length)];
        BigDecimal amount = BigDecimal.valueOf(100_000 + r.nextInt(50_000_000), 2);
        LocalDate followed = START.plusDays(i % 330);
        return new Object[] {customer, contact, phone, "BM-" + (100000 + i), product + " 采购项目", amount,
                STAGES[r.nextInt(STAGES.length)], OWNERS[r.nextInt(OWNERS.length)], followed,
                SUMMARIES[r.nextInt(SUMMARIES.length)], NEXT[r.nextInt(NEXT.length)], followed.plusDays(7)};
    }

    /** An .xlsx tracker written as a stream (bounded memory), with a title row above the header as people make them. */
    public static Path xlsx(Path file, int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("订单跟进");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            sheet.createRow(0).createCell(0).setCellValue("2024年订单跟进表（销售部）");
            Row header = sheet.createRow(1);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 2);
                Object[] v = row(i);
                for (int c = 0; c < v.length; c++) {
                    var cell = row.createCell(c);
                    if (v[c] instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v[c] instanceof BigDecimal b) {
                        cell.setCellValue(b.doubleValue());
                        cell.setCellStyle(money);
                    } else {
                        cell.setCellValue(v[c].toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** A comma-separated tracker in the given charset (GBK as Excel saves it on a Chinese Windows). */
    public static Path csv(Path file, int rows, Charset charset) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, charset)) {
            w.write(String.join(",", HEADERS));
            w.write("\r\n");
            for (int i = 0; i < rows; i++) {
                Object[] v = row(i);
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < v.length; c++) {
                    if (c > 0) {
                        sb.append(',');
                    }
                    sb.append(v[c] instanceof LocalDate d ? ISO.format(d) : v[c].toString());
                }
                w.write(sb.append("\r\n").toString());
            }
        }
        return file;
    }
}
