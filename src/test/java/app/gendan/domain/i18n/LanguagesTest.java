package app.gendan.domain.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguagesTest {
    @Test
    void langZhCnWithJavasEnglishFallbackGivesAChineseUi() {
        // no zh_CN locale installed: Java falls back to en_US, the variable still says Chinese
        Locale l = Languages.resolve(Map.of("LANG", "zh_CN.UTF-8"), Locale.US);
        assertThat(Messages.supported(l)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(new Messages(l).get("pipeline.default.stage.1")).isEqualTo("需求确认");
    }

    @Test
    void lcAllBeforeLcMessagesBeforeLang() {
        assertThat(Languages.resolve(Map.of("LC_ALL", "zh_TW.UTF-8", "LC_MESSAGES", "de_DE", "LANG", "fr_FR"),
                Locale.ENGLISH)).isEqualTo(Locale.of("zh", "TW"));
        assertThat(Languages.resolve(Map.of("LC_MESSAGES", "zh_CN", "LANG", "en_US.UTF-8"), Locale.ENGLISH))
                .isEqualTo(Locale.of("zh", "CN"));
        assertThat(Languages.resolve(Map.of("LC_ALL", "", "LANG", "zh_CN.GB18030"), Locale.ROOT))
                .isEqualTo(Locale.of("zh", "CN"));
    }

    @Test
    void englishOrCOrNothingKeepsJavasDefault() {
        assertThat(Languages.resolve(Map.of(), Locale.US)).isEqualTo(Locale.US);
        assertThat(Languages.resolve(Map.of("LANG", "C.UTF-8"), Locale.US)).isEqualTo(Locale.US);
        assertThat(Languages.resolve(Map.of("LANG", "POSIX"), Locale.US)).isEqualTo(Locale.US);
        assertThat(Languages.resolve(Map.of("LANG", "en_GB.UTF-8"), Locale.US)).isEqualTo(Locale.US);
    }

    @Test
    void aJavaDefaultThatIsNotTheEnglishFallbackIsKept() {
        // Java derived Chinese (or was told so with -Duser.language=zh): the variable does not undo it
        assertThat(Languages.resolve(Map.of("LANG", "en_US.UTF-8"), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void oddValuesAreIgnored() {
        assertThat(Languages.parse("zh_CN.UTF-8@stroke")).isEqualTo(Locale.of("zh", "CN"));
        assertThat(Languages.parse("C")).isNull();
        assertThat(Languages.parse("@@")).isNull();
        assertThat(Languages.parse("12_34")).isNull();
        assertThat(Messages.supported(Languages.resolve(Map.of("LANG", "zh"), Locale.ENGLISH)))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
