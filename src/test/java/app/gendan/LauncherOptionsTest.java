package app.gendan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

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
        // the heap bound: 512 MB, so that a process stays within 768 MB resident
        assertThat(out.lines().filter(l -> l.matches("\\s*size_t\\s+MaxHeapSize\\s+=.*")).findFirst())
                .hasValueSatisfying(l -> assertThat(l).contains("536870912").contains("{command line}"));
    }

    /** The POSIX script, run with a stand-in {@code java} that prints the arguments it was given. */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theShellScriptStartsTheJarWithTheOptionsAndTheArchiveOnlyForTheDesktopApp(@TempDir Path dir) throws Exception {
        Path app = Files.createDirectories(dir.resolve("app folder"));
        Files.copy(LAUNCHER.resolve("gendan"), app.resolve("gendan"));
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        bin.resolve("java").toFile().setExecutable(true);

        String here = app.toRealPath().toString();
        String options = "@" + here + "/gendan.jvmoptions";
        String jar = here + "/gendan.jar";
        assertThat(runScript(app, dir.resolve("jdk"), "--db", "/x/team")).containsExactly(options,
                "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + here + "/gendan.jsa",
                "-jar", jar, "--db", "/x/team");
        assertThat(runScript(app, dir.resolve("jdk"), "import", "a b.xlsx", "--json"))
                .containsExactly(options, "-jar", jar, "import", "a b.xlsx", "--json");
    }

    private static List<String> runScript(Path app, Path javaHome, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", app.resolve("gendan").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", javaHome.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    @Test
    void bothScriptsPassTheOptionsFileToJava() throws IOException {
        assertThat(Files.readString(LAUNCHER.resolve("gendan"))).contains("@\"$here/gendan.jvmoptions\"");
        assertThat(Files.readString(LAUNCHER.resolve("gendan.cmd"))).contains("@\"%HERE%gendan.jvmoptions\"");
        assertThat(Files.isExecutable(LAUNCHER.resolve("gendan"))).isTrue();
    }
}
