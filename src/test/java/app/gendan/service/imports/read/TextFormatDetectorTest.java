package app.gendan.service.imports.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFormatDetectorTest {
    private static final String TABLE = "客户名称,联系人,金额,备注\r\n上海华信电子科技有限公司,张伟,\"12,800.00\",\"先发货,\r\n后付款\"\r\n"
            + "深圳恒泰医疗器械有限公司,李娟,5000,老客户\r\n";

    private static TextFormat detect(byte[] bytes) {
        return TextFormatDetector.detect(bytes, true).orElseThrow();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }

    @Test
    void utf8WithoutBom() {
        TextFormat f = detect(TABLE.getBytes(StandardCharsets.UTF_8));
        assertThat(f.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(f.bom()).isFalse();
        assertThat(f.delimiter()).isEqualTo(',');
    }

    @Test
    void utf8WithBom() {
        TextFormat f = detect(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TABLE.getBytes(StandardCharsets.UTF_8)));
        assertThat(f.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(f.bom()).isTrue();
    }

    @Test
    void gbkIsReadAsGb18030() {
        TextFormat f = detect(TABLE.getBytes(Charset.forName("GBK")));
        assertThat(f.charset()).isEqualTo(Charset.forName("GB18030"));
        assertThat(f.delimiter()).isEqualTo(',');
    }

    @Test
    void gb18030FourByteCharacters() {
        TextFormat f = detect(("客户,备注\n" + "𠀀公司,𠀁\n".repeat(3)).getBytes(Charset.forName("GB18030")));
        assertThat(f.charset()).isEqualTo(Charset.forName("GB18030"));
    }

    @Test
    void utf16LittleAndBigEndianWithBom() {
        TextFormat le = detect(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TABLE.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE)));
        assertThat(le.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(le.delimiter()).isEqualTo('\t');
        TextFormat be = detect(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TABLE.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(be.charset()).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(be.charsetLabel()).isEqualTo("UTF-16BE (BOM)");
    }

    @Test
    void semicolonAndTabDelimiters() {
        String semi = "Name;Amount;Note\nAcme;1.234,56;\"a;b\"\nInitech;99,00;x\n";
        assertThat(detect(semi.getBytes(StandardCharsets.UTF_8)).delimiter()).isEqualTo(';');
        String tab = "Name\tAmount, USD\tNote\nAcme\t1,234\tx\nInitech\t99\ty\n";
        assertThat(detect(tab.getBytes(StandardCharsets.UTF_8)).delimiter()).isEqualTo('\t');
    }

    @Test
    void binaryIsNotText() {
        byte[] junk = new byte[2048];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 31 % 7);
        }
        assertThat(TextFormatDetector.detect(junk, true)).isEmpty();
    }

    @Test
    void shortBig5TextIsBig5NotLatin() {
        // too short for juniversalchardet, which answers windows-1252 for these bytes
        byte[] big5 = "客戶,金額\n宏遠貿易,100\n".getBytes(Charset.forName("Big5"));
        assertThat(detect(big5).charset()).isEqualTo(Charset.forName("Big5"));
        byte[] header = "訂單編號,客戶名稱,聯絡人,電話,產品,金額(NT$),狀態,業務,日期,備註\n".getBytes(Charset.forName("Big5"));
        assertThat(detect(header).charset()).isEqualTo(Charset.forName("Big5"));
    }

    @Test
    void simplifiedAndTraditionalTextInGbkStayGb18030() {
        assertThat(detect("客户,阶段\n华信,报价\n".getBytes(Charset.forName("GBK"))).charset())
                .isEqualTo(Charset.forName("GB18030"));
        // traditional characters saved by a mainland Excel are GBK bytes too
        assertThat(detect("客戶,金額\n宏遠貿易,100\n".getBytes(Charset.forName("GBK"))).charset())
                .isEqualTo(Charset.forName("GB18030"));
    }

    @Test
    void latinAccentsAreNotTakenForChinese() {
        byte[] latin1 = "Kunde;Straße;Größe;Café\nMüller GmbH;Hauptstraße 5;groß;Crème brûlée\n"
                .getBytes(Charset.forName("windows-1252"));
        assertThat(detect(latin1).charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(ChineseCharsets.best(latin1)).isEmpty();
    }

    @Test
    void theFrequentBlockTellsTheTwoReadingsApart() {
        byte[] big5 = "台北長榮電子股份有限公司,初次接觸,報價中".getBytes(Charset.forName("Big5"));
        byte[] gbk = "上海华信电子科技有限公司,已报价,谈判中".getBytes(Charset.forName("GBK"));
        assertThat(ChineseCharsets.share(big5, true)).isGreaterThan(ChineseCharsets.share(big5, false) + ChineseCharsets.MARGIN);
        assertThat(ChineseCharsets.share(gbk, false)).isGreaterThan(ChineseCharsets.share(gbk, true) + ChineseCharsets.MARGIN);
    }
}
