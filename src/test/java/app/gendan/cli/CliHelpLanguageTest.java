package app.gendan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** gendan --help speaks the user's language: every command, option and heading in zh_CN and en. */
class CliHelpLanguageTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Locale saved;

    @BeforeEach
    void keep() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    private String help(Locale l, String... args) {
        Locale.setDefault(l);
        out.getBuffer().setLength(0);
        assertThat(GendanCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args)).isZero();
        return out.toString();
    }

    @Test
    void helpInChinese() {
        String root = help(Locale.SIMPLIFIED_CHINESE, "--help");
        assertThat(root).contains("用法：gendan").contains("跟单（Gendan）：销售订单跟进").contains("命令：")
                .contains("显示本帮助并退出。").contains("import").doesNotContain("Usage:").doesNotContain("sales order");
        String imports = help(Locale.SIMPLIFIED_CHINESE, "import", "--help");
        assertThat(imports).contains("用法：gendan import").contains("要导入的跟单表。").contains("--dry-run")
                .contains("不写入任何数据").contains("数据库文件（默认").doesNotContain("The tracker to import");
        assertThat(help(Locale.SIMPLIFIED_CHINESE, "due", "--help")).contains("即将到期的天数范围");
    }

    @Test
    void helpInEnglish() {
        String root = help(Locale.ENGLISH, "--help");
        assertThat(root).contains("Usage: gendan").contains("Gendan (跟单): sales order follow-up.").contains("Commands:")
                .contains("Show this help message and exit.").doesNotContain("用法");
        assertThat(help(Locale.ENGLISH, "import", "--help")).contains("Usage: gendan import")
                .contains("The tracker to import.").contains("Show what would be imported and every problem");
        assertThat(help(Locale.ENGLISH, "restore", "--help")).contains("Restore; without it nothing is changed.");
    }

    @Test
    void everyCommandOptionAndParameterHasItsTextInBothLanguages() {
        ResourceBundle zh = GendanCommand.usageHelp(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = GendanCommand.usageHelp(Locale.ENGLISH);
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            CommandLine cl = new CommandLine(new GendanCommand());
            cl.setResourceBundle(GendanCommand.usageHelp(l));
            check(cl.getCommandSpec());
        }
    }

    private static void check(CommandSpec spec) {
        assertThat(String.join("", spec.usageMessage().description())).as(spec.qualifiedName()).isNotBlank();
        spec.options().forEach(o -> assertThat(String.join("", o.description()))
                .as(spec.qualifiedName() + " " + o.longestName()).isNotBlank());
        spec.positionalParameters().forEach(p -> assertThat(String.join("", p.description()))
                .as(spec.qualifiedName() + " " + p.paramLabel()).isNotBlank());
        spec.subcommands().values().forEach(c -> check(c.getCommandSpec()));
    }
}
