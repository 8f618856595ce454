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
}
