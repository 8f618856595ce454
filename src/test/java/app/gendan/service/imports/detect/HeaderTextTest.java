package app.gendan.service.imports.detect;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.service.imports.ImportOptions;
import app.gendan.service.imports.TrackerImport;
import app.gendan.service.imports.values.ParsedRowCursor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderTextTest {
    private static final List<String> HEADERS = List.of("客户名称", "Customer Name", "金额（元）", "金额(万元)", "*联系电话", "备注2",
            "Deal Title", "ＣＵＳＴＯＭＥＲ　ＮＡＭＥ", "下次跟进日期", "Value ($)", "phone 1", "订单号", "E-mail", "客户");

    @Test
    void preCheckNeverRejectsTextWithTheSameKey() {
        List<String> texts = new ArrayList<>(List.of("客户名称（全称）", " Customer Name ", "CUSTOMER NAME", "customer-name", "*客户名称",
                "客户 名称", "客户名称2", "【客户】名称", "金额", "金额（万元）", "金额 单位:元", "Deal  Title*", "deal_title", "ｄｅａｌ ｔｉｔｌｅ",
                "备注", "备注 3", "联系电话(手机)", "Value", "Phone", "phone 12", "e mail", "Ｅ－ｍａｉｌ", "订单号#", "客　户"));
        for (String h : HEADERS) {
            texts.add(h);
            texts.add(" " + h + " ");
            texts.add(h.toUpperCase(java.util.Locale.ROOT));
            texts.add(h + "（全称）");
            texts.add("*" + h + "*");
        }
        Random r = new Random(1);
        String alphabet = "客户名称金额元万联系电话备注dealtitlecustomernamephonevalue DEAL*()（）[]【】-_/:：$¥12３ ";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(16); n > 0; n--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        // headers with noise put in: brackets, stars, spaces, units, counters, full-width letters
        String noise = "*()（）[]【】-_/:：$¥ 12３元万　";
        for (String h : HEADERS) {
            for (int i = 0; i < 2_000; i++) {
                StringBuilder sb = new StringBuilder(r.nextBoolean() ? h : h.toUpperCase(java.util.Locale.ROOT));
                for (int n = 1 + r.nextInt(3); n > 0; n--) {
                    sb.insert(r.nextInt(sb.length() + 1), noise.charAt(r.nextInt(noise.length())));
                }
                if (r.nextInt(4) == 0) {
                    int at = r.nextInt(sb.length());
                    char c = sb.charAt(at);
                    if (c >= '!' && c <= '~') {
                        sb.setCharAt(at, (char) (c - '!' + '！'));
                    }
                }
                texts.add(sb.toString());
            }
        }
        int sameKey = 0;
        for (String t : texts) {
            String textKey = HeaderText.key(t);
            for (String h : HEADERS) {
                String key = HeaderText.key(h);
                if (textKey.equals(key)) {
                    sameKey++;
                    assertThat(HeaderText.mayHaveKey(t, key)).as("%s has the key of %s", t, h).isTrue();
                }
            }
        }
        assertThat(sameKey).as("the corpus holds many texts with a header's key").isGreaterThan(5_000);
    }

    @Test
    void preCheckRejectsOrdinaryDataCells() {
        String key = HeaderText.key("客户名称");
        assertThat(HeaderText.mayHaveKey("上海华信电子科技有限公司", key)).isFalse();
        assertThat(HeaderText.mayHaveKey("13900000000", key)).isFalse();
        assertThat(HeaderText.mayHaveKey("", key)).isFalse();
        assertThat(HeaderText.mayHaveKey("客户名称（全称）", key)).isTrue();
        assertThat(HeaderText.mayHaveKey("anything", "")).isTrue();
    }

    @Test
    void repeatedHeaderRowsAreSkippedWhateverTheirSpelling(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("repeated.csv");
        Files.writeString(csv, """
                客户名称,联系电话,金额（元）
                上海华信,13800138000,100
                 客户名称 ,联系电话,金额(元)
                北京中科,13900139000,200
                客户名称（全称）,*联系电话,金额
                客户名称X,联系电话,金额（元）
                客户名称,联系电话,金额（元）
                广州明辉,13700137000,300
                """, StandardCharsets.UTF_8);
        try (TrackerImport imp = TrackerImport.open(csv, ImportOptions.defaults())) {
            List<Integer> rows = new ArrayList<>();
            try (ParsedRowCursor c = imp.rows(imp.plans().get(0))) {
                while (c.hasNext()) {
                    rows.add(c.next().rowNumber());
                }
            }
            assertThat(rows).containsExactly(2, 4, 6, 8);
        }
    }

    @Test
    void traditionalHeadersHaveTheKeysOfSimplifiedOnes() {
        String[][] pairs = {{"客戶名稱", "客户名称"}, {"聯絡人", "联络人"}, {"電話", "电话"}, {"金額(NT$)", "金额"}, {"狀態", "状态"},
            {"業務", "业务"}, {"訂單編號", "订单编号"}, {"備註", "备注"}, {"階段", "阶段"}, {"產品", "产品"}};
        for (String[] p : pairs) {
            assertThat(HeaderText.key(p[0])).as(p[0]).isEqualTo(p[1]);
            assertThat(HeaderText.mayHaveKey(p[0], HeaderText.key(p[1]))).as(p[0]).isTrue();
        }
        assertThat(HeaderText.currencyHint("金額(NT$)")).isEqualTo("TWD");
        assertThat(HeaderText.currencyHint("Amount (HK$)")).isEqualTo("HKD");
        assertThat(HeaderText.currencyHint("Value ($)")).isEqualTo("USD");
    }

    @Test
    void simplifiedTextIsNeverChangedByTheFolding() {
        String simplified = "客户名称联系人电话金额状态业务订单编号备注阶段产品著名乾隆显著";
        assertThat(TraditionalChinese.simplify(simplified)).isSameAs(simplified);
        assertThat(TraditionalChinese.simplify("Customer 123")).isEqualTo("Customer 123");
        assertThat(TraditionalChinese.simplify("報價中")).isEqualTo("报价中");
    }
}
