package app.gendan.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
}
