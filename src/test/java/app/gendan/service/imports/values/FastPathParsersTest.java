package app.gendan.service.imports.values;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.service.imports.MixedTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The parsers' fast paths for the common shapes give what their general paths give. */
class FastPathParsersTest {

    private static List<String> numberLikeTexts() {
        List<String> texts = new ArrayList<>(List.of("", ".", "0", "00", "0.0", ".5", "5.", "5..0", "1.2.3", "213491.64", "0012800",
                "99999999999999999999999999.123456789", "12,800", "12 800", " 12", "12 ", "-12", "+12", "(12)", "12-", "1e5", "１２",
                "12万", "12k", "12.5元", "¥12", "1_000", "1'000", "٣", "12.", "00.00"));
        Random r = new Random(5);
        String chars = "0123456789..,- +_e万k元";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1 + r.nextInt(12); n > 0; n--) {
                sb.append(r.nextInt(5) > 0 ? (char) ('0' + r.nextInt(10)) : chars.charAt(r.nextInt(chars.length())));
            }
            texts.add(sb.toString());
        }
        return texts;
    }

    @Test
    void plainDecimalsReadAsBefore() {
        int plain = 0;
        for (String s : numberLikeTexts()) {
            if (NumberText.isPlainDecimal(s)) {
                plain++;
            }
            assertThat(NumberText.parse(s)).as(s).isEqualTo(NumberText.parseAnyShape(s));
            assertThat(MoneyParser.parse(s)).as(s).isEqualTo(MoneyParser.parseAnyShape(s));
            assertThat(QuantityParser.parse(s)).as(s).isEqualTo(QuantityParser.parseAnyShape(s));
        }
        assertThat(plain).as("the corpus holds plain decimals").isGreaterThan(10_000);
        assertThat(NumberText.isPlainDecimal(".5")).isTrue();
        assertThat(NumberText.isPlainDecimal("5.")).isFalse();
        assertThat(NumberText.isPlainDecimal(".")).isFalse();
        assertThat(NumberText.isPlainDecimal("")).isFalse();
    }

    @Test
    void mobileNumbersReadAsBefore() {
        List<String> texts = new ArrayList<>(List.of("13800138000", "12800138000", "19999999999", "10000000000", "1380013800",
                "138001380000", " 13800138000", "13800138000 ", "1380013800O", "１3800138000", "+8613800138000", "8613800138000",
                "138-0013-8000", "13800138000/13900139000", "13800138000转801", "1.38E+10", "23800138000", "13a00138000"));
        Random r = new Random(9);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = 9 + r.nextInt(4);
            for (int n = 0; n < length; n++) {
                sb.append(r.nextInt(30) > 0 ? (char) ('0' + r.nextInt(10)) : "1 -x/+#".charAt(r.nextInt(7)));
            }
            if (r.nextBoolean()) {
                sb.setCharAt(0, '1');
            }
            texts.add(sb.toString());
        }
        int mobiles = 0;
        for (String s : texts) {
            if (PhoneNormaliser.isMobile(s)) {
                mobiles++;
            }
            assertThat(PhoneNormaliser.normalise(s)).as(s).isEqualTo(PhoneNormaliser.normaliseAnyShape(s));
        }
        assertThat(mobiles).as("the corpus holds mobile numbers").isGreaterThan(2_000);
    }

    @Test
    void patternsAreOnlySkippedWhenTheyWouldChangeNothing() {
        int[] skipped = new int[4];
        for (String s : MixedTexts.of(100_000, 11)) {
            if (!DateParser.mayNameWeekday(s)) {
                skipped[0]++;
                assertThat(DateParser.WEEKDAY.matcher(s).replaceAll(" ").strip()).as(s).isEqualTo(s.strip());
            }
            if (!NumberText.hasSeparator(s)) {
                skipped[1]++;
                assertThat(NumberText.SEPARATORS.matcher(s).replaceAll("")).as(s).isEqualTo(s);
            }
            if (!SpaceFold.changes(s)) {
                skipped[2]++;
                assertThat(SpaceFold.SPACES.matcher(s).replaceAll(" ")).as(s).isEqualTo(s);
            }
            if (!RowParser.hasTotalNoise(s)) {
                skipped[3]++;
                assertThat(RowParser.TOTAL_NOISE.matcher(s).replaceAll("")).as(s).isEqualTo(s);
            }
        }
        for (int n : skipped) {
            assertThat(n).as("every guard skips its pattern often").isGreaterThan(1_000);
        }
    }
}
