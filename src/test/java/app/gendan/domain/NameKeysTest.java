package app.gendan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NameKeysTest {
    @Test
    void spacingPunctuationFullWidthAndLegalSuffixesDoNotMakeADifferentCustomer() {
        String key = NameKeys.nameKey("上海华信精密机械有限公司");
        assertThat(NameKeys.nameKey("上海 华信精密机械")).isEqualTo(key);
        assertThat(NameKeys.nameKey("上海华信精密机械股份有限公司（总部）")).isEqualTo(key);
        assertThat(NameKeys.nameKey("Ｐａｃｉｆｉｃ Components, Ltd.")).isEqualTo(NameKeys.nameKey("pacific components"));
        assertThat(NameKeys.nameKey("Acme Co., Ltd")).isEqualTo("acme");
        assertThat(NameKeys.nameKey("华信")).isNotEqualTo(key);
    }

    @Test
    void phoneKeysKeepDigitsAndDropTheChinaCountryCode() {
        assertThat(NameKeys.phoneKey("+86 138-0013-8000")).isEqualTo("13800138000");
        assertThat(NameKeys.phoneKey("0086 13800138000")).isEqualTo("13800138000");
        assertThat(NameKeys.phoneKey("（021）5888 1234")).isEqualTo("02158881234");
        assertThat(NameKeys.phoneKey("n/a")).isNull();
        assertThat(NameKeys.phoneKey(null)).isNull();
        // digits only, as the import stores them
        assertThat(NameKeys.phoneKey("13800138000")).isEqualTo("13800138000");
        assertThat(NameKeys.phoneKey("008613800138000")).isEqualTo("13800138000");
        assertThat(NameKeys.phoneKey("8613800138000")).isEqualTo("13800138000");
        assertThat(NameKeys.phoneKey("861380013800")).isEqualTo("861380013800");
        assertThat(NameKeys.phoneKey("1234")).isNull();
        assertThat(NameKeys.phoneKey("")).isNull();
    }

    @Test
    void namePatternsAreOnlySkippedWhenTheyWouldChangeNothing() {
        // ASCII, CJK, full-width and Unicode punctuation, symbols that are not punctuation, spaces, a surrogate pair
        String alphabet = "aZ9华信 -_.,;:!?'\"()[]{}<>@#$%^&*+=/\\|~`（）【】〔〕《》「」、。，！：；·‐–—…‿«»¿¡¥€©°×\t\n\u3000\u00a0\uD800\uDD00";
        Random r = new Random(4);
        int bracketSkips = 0;
        int punctuationSkips = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(8); n > 0; n--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            if (!NameKeys.hasOpeningBracket(s)) {
                bracketSkips++;
                assertThat(NameKeys.BRACKETED.matcher(s).replaceAll("")).as(s).isEqualTo(s);
            }
            if (!NameKeys.mayHavePunctuation(s)) {
                punctuationSkips++;
                assertThat(NameKeys.PUNCTUATION.matcher(s).replaceAll("")).as(s).isEqualTo(s);
            }
        }
        assertThat(bracketSkips).isGreaterThan(10_000);
        assertThat(punctuationSkips).isGreaterThan(1_000);
        assertThat(NameKeys.nameKey("上海华信电子科技有限公司")).isEqualTo("上海华信电子科技");
        assertThat(NameKeys.nameKey("上海华信·电子")).isEqualTo("上海华信电子");
    }

    @Test
    void englishLegalFormsTellFirmsOfOneNameApartButAMissingFormDoesNot() {
        assertThat(NameKeys.legalForm("Contoso Manufacturing GmbH")).isEqualTo("gmbh");
        assertThat(NameKeys.legalForm("Umbrella Systems Inc.")).isEqualTo("inc");
        assertThat(NameKeys.legalForm("Umbrella Systems Corp")).isEqualTo("inc");
        assertThat(NameKeys.legalForm("Shenzhen Bright Co., Ltd.")).isEqualTo("ltd");
        assertThat(NameKeys.legalForm("Acme Pte. Ltd. (Singapore)")).isEqualTo("ltd");
        assertThat(NameKeys.legalForm("Harbor Point Supply Co.")).isEqualTo("co");
        assertThat(NameKeys.legalForm("Harbor Point Supply Co. LLC")).isEqualTo("llc");
        assertThat(NameKeys.legalForm("Umbrella Systems")).isEmpty();
        assertThat(NameKeys.legalForm("上海华信有限公司")).isEmpty();
        // one word is a name, not a form: "Inc" alone is somebody's company name
        assertThat(NameKeys.legalForm("Inc")).isEmpty();
        assertThat(NameKeys.sameLegalForm("gmbh", "llc")).isFalse();
        assertThat(NameKeys.sameLegalForm("", "llc")).isTrue();
        assertThat(NameKeys.sameLegalForm("inc", "inc")).isTrue();
    }
}
