package app.gendan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JVM options file the gendan scripts, {@code mvn javafx:run} and the benchmarks start the app
 * with: a JVM refuses to start on an option it does not know, so a typo there would stop the app.
 */
class LauncherOptionsTest {
    private static final Path LAUNCHER = Path.of("src", "main", "launcher");

    @Test
    void theJvmStartsWithTheOptionsAndAppliesEachOfThem() throws Exception {
        Path options = LAUNCHER.resolve("gendan.jvmoptions").toAbsolutePath();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + options, "-XX:+PrintFlagsFinal", "-version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        List<String> given = Files.readAllLines(options).stream().map(String::strip)
                .filter(l -> l.startsWith("-XX:")).toList();
        assertThat(given).isNotEmpty();
        for (String option : given) {
            String flag = option.substring(4).replaceFirst("^[+-]", "").replaceFirst("=.*$", "");
            assertThat(out.lines().filter(l -> l.matches("\\s*\\S+\\s+" + flag + "\\s+=.*")).findFirst())
                    .as(option).hasValueSatisfying(l -> assertThat(l).contains("{command line}"));
        }
    }

    @Test
    void bothScriptsPassTheOptionsFileToJava() throws IOException {
        assertThat(Files.readString(LAUNCHER.resolve("gendan"))).contains("@\"$here/gendan.jvmoptions\"");
        assertThat(Files.readString(LAUNCHER.resolve("gendan.cmd"))).contains("@\"%HERE%gendan.jvmoptions\"");
        assertThat(Files.isExecutable(LAUNCHER.resolve("gendan"))).isTrue();
    }
}
